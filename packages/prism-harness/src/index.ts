export { startPrism, PrismStartError, type StartPrismOptions, type RunningPrism } from './start-prism.js';
export {
  createContractFetch,
  parseViolationHeader,
  ContractViolationError,
  type ContractFetch,
  type ContractFetchOptions,
  type PrismViolation,
  type RecordedCall,
} from './contract-fetch.js';
export { listOperations, type SpecOperation } from './operations.js';
export {
  assertEveryOperationCalled,
  findUncalledOperations,
  UncoveredOperationsError,
  type CalledRequest,
  type CoverageOptions,
} from './operation-coverage.js';
export { exampleCases, sendExampleCase, responsesWithoutExamples, isJsonMediaType, TEST_BEARER_TOKEN, type ExampleCase } from './example-requests.js';
export { sendThroughClient, successCases, type ClientRequest } from './success-cases.js';
export { findSpecFiles, SPECS_DIR } from './spec-files.js';
export { loadSpec, isOpenApiFile, SpecDocumentError } from './spec-document.js';
