// Checks a parameter's example value against the parameter's constraints, as the spec package's
// model reads them (`parametersModel`: type, format, bounds, lengths, pattern, enum), so an
// example request in the docs is one the spec allows.

// RFC 3339 date-time, what JSON Schema's `date-time` format means.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;

function hasType(value, type) {
  switch (type) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    default:
      return typeof value === type;
  }
}

/**
 * Why `value` breaks the constraints of `parameter`, or undefined when it keeps them all.
 * @param {Record<string, unknown>} parameter one entry of `parametersModel(spec)`
 * @param {unknown} value
 * @returns {string | undefined}
 */
export function exampleProblem(parameter, value) {
  const { type, format, pattern, enum: allowed } = parameter;
  const types = type === undefined ? [] : Array.isArray(type) ? type : [type];
  if (types.length > 0 && !types.some((t) => hasType(value, t))) return `is not of type ${types.join(' or ')}`;
  if (Array.isArray(allowed) && !allowed.includes(value)) return `is not one of ${allowed.join(', ')}`;
  if (typeof value === 'number') {
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = parameter;
    if (typeof minimum === 'number' && value < minimum) return `is below the minimum ${minimum}`;
    if (typeof maximum === 'number' && value > maximum) return `is above the maximum ${maximum}`;
    if (typeof exclusiveMinimum === 'number' && value <= exclusiveMinimum) return `is not above ${exclusiveMinimum}`;
    if (typeof exclusiveMaximum === 'number' && value >= exclusiveMaximum) return `is not below ${exclusiveMaximum}`;
  }
  if (typeof value === 'string') {
    const { minLength, maxLength } = parameter;
    const length = [...value].length;
    if (typeof minLength === 'number' && length < minLength) return `is shorter than ${minLength} characters`;
    if (typeof maxLength === 'number' && length > maxLength) return `is longer than ${maxLength} characters`;
    if (typeof pattern === 'string' && !new RegExp(pattern, 'u').test(value)) return `does not match ${pattern}`;
    if (format === 'date-time' && !DATE_TIME.test(value)) return 'is not an RFC 3339 date-time';
  }
  return undefined;
}
