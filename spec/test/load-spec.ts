// The spec's own tests use the same validator module the other packages' tests import.
export { createValidator, deref, type Json, schemaRef, spec } from '../validator/index.mjs';
