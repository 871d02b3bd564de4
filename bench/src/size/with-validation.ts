// What a user who validates bundles: the client entry and the `/validation` subpath (schemas + zod).
export { createCloudlxClient } from '@cloud-sdks/cloudlx';
export { cloudlxValidation } from '@cloud-sdks/cloudlx/validation';
