// biome-ignore lint/suspicious/noExplicitAny: the document is untyped JSON by nature.
export type Json = any;
export declare const spec: Json;
export declare function createValidator(): (schema: Json, value: unknown) => { ok: boolean; errors: unknown[] };
export declare function deref(node: Json): Json;
export declare function schemaRef(name: string): { $ref: string };
