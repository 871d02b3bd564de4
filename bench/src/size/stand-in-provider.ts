// Upper bound of a provider entry's runtime while no provider package is built: all of auth and
// core (which brings openapi-fetch). A real entry re-exports less, so it can only be smaller.
export * from '@cloud-sdks/auth';
export * from '@cloud-sdks/core';
