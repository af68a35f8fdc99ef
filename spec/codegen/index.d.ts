// Types of the code generator's public functions (the implementation is plain ESM).
// biome-ignore lint/suspicious/noExplicitAny: the document is untyped JSON by nature.
type Json = any;

export declare const EMITTERS: Record<string, (spec: Json) => string | Promise<string>>;
export declare function loadBundledSpec(): Promise<Json>;
export declare function generateFiles(spec: Json, names: string[], regenerate: string): Promise<Record<string, string>>;
export declare function writeGenerated(options: {
  outDir: URL;
  names: string[];
  regenerate: string;
  spec?: Json;
}): Promise<string[]>;

export interface OperationModel {
  operationId: string;
  method: string;
  path: string;
  pathParameters: string[];
  query: string[];
  accept: string[];
  deprecated: boolean;
  /** Statuses documented with a `Retry-After` header, and the form of its value. */
  retryAfter: Record<number, 'seconds' | 'http-date' | 'either'>;
  /** The server the operation is sent to, without a trailing slash. */
  server: string;
  /** The security schemes it takes; `[]`: no `Authorization` (the Upload API). */
  security: string[];
  /** The field carrying the public key of an operation authenticated by it alone, else null. */
  publicKeyField: string | null;
  /** The media types of its request body (`[]`: none). */
  requestBody: string[];
  responses: Record<number, string[]>;
}
export declare function operationsModel(spec: Json): OperationModel[];
export declare function renderQueryParameters(spec: Json, operationId: string): string;
export declare function writeDocBlock(url: URL, name: string, text: string): Promise<void>;
export declare function parametersModel(spec: Json): Map<string, Record<string, Json>>;
export declare function vendorMediaTypes(spec: Json): string[];
export declare function errorExamplesModel(spec: Json): Record<string, { status: number; detail: string }>;
export declare function errorResponsesModel(spec: Json): Record<string, { status: number; headers: string[] }>;
export declare function schemasModel(spec: Json): Record<string, Json>;
export declare function shapesModel(spec: Json): { named: Map<string, Json>; responses: Map<string, Json> };
export declare function operationsOf(
  spec: Json,
): { operationId: string; method: string; path: string; operation: Json; parameters: Json[] }[];
export declare function acceptedMediaTypes(spec: Json, op: { operationId: string; operation: Json }): string[];
export declare function responsesOf(spec: Json, operation: Json): { status: number; response: Json }[];
export declare function resolve(spec: Json, node: Json): Json;
export declare function refName(node: Json): string | undefined;
export declare function vendorVersion(mediaType: string): string | undefined;
export declare function constCase(name: string): string;
export declare function publicKeyField(operation: Json): string | null;
export declare function securityOf(spec: Json, operation: Json): string[];
export declare function serverOf(spec: Json, path: string, operation: Json): string;
