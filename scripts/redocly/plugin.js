// Project lint rules for Redocly CLI 2 (ESM plugin, loaded by redocly.yaml).
import responseMediaTypeHasExample from './rules/response-media-type-has-example.js';
import securityOnlyTokenEndpointsPublic from './rules/security-only-token-endpoints-public.js';

export default function cloudSdksPlugin() {
  return {
    id: 'cloud-sdks',
    rules: {
      oas3: {
        'response-media-type-has-example': responseMediaTypeHasExample,
        'security-only-token-endpoints-public': securityOnlyTokenEndpointsPublic,
      },
    },
  };
}
