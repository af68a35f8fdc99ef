// The groups service on node:http. Checks run in the service's order (Django REST framework's):
// route, then Accept (406), then authentication (400/401), then throttling (429), then the
// operation's own parameters (400) and the group itself (404). Injected failures come first
// (an outage reads no headers) and the injected delay before every answer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { ERROR_EXAMPLES } from '../generated/error-examples.js';
import { OPERATIONS, type OperationId } from '../generated/operations.js';
import { acceptedTypes, negotiate } from './auth/accept.js';
import { authenticate } from './auth/authenticate.js';
import { md5Hex } from './auth/verify-signature.js';
import type { Clock } from './clock.js';
import { type FaultChanges, type FaultSettings, Faults } from './faults/faults.js';
import { type ApiError, apiErrors } from './http/api-errors.js';
import { decodeReceived, FAULT_HEADER, OPERATION_HEADER, RECEIVED_HEADER } from './http/mock-headers.js';
import { MAX_BODY_BYTES, readBody } from './http/read-body.js';
import { errorMediaType, sendError, sendJson, sendNoContent } from './http/respond.js';
import { isApiError, type RouteContext } from './routes/handler.js';
import { HANDLERS } from './routes/handlers.js';
import { refuseUnimplemented } from './routes/implemented-query.js';
import { route } from './routes/router.js';
import { heldGroup } from './routes/serialize.js';
import { FileIndex } from './state/file-index.js';
import type { GroupRecord } from './state/group-record.js';
import { GroupStore } from './state/group-store.js';
import { dateMicros } from './state/timestamps.js';
import { RequestCounter, type RequestCounts } from './stats.js';
import type { GroupFile, GroupWithFiles } from './types.js';
import { type Fields, field, formFields } from './upload/form-fields.js';
import { checkSignedUpload } from './upload/signed-upload.js';
import { uploadErrorBody, uploadErrors } from './upload/upload-errors.js';

export interface ServiceSettings {
  /** The groups of a fresh start (and of every reset). */
  initialGroups: () => Promise<GroupRecord[]> | GroupRecord[];
  /** The first of them, when already made (checked user data); else they are made after start. */
  firstGroups?: GroupRecord[];
  /** Checks and converts groups handed over at run time. */
  userGroups: (groups: unknown) => Promise<GroupRecord[]>;
  /** Checks and copies files handed over at run time (`addFiles`). */
  userFiles: (files: unknown) => Promise<GroupFile[]>;
  keys: ReadonlyMap<string, string>;
  allowSimpleAuthOverHttp: boolean;
  clock: Clock;
  faults: FaultSettings;
  /** Trust the front's record of the request as sent when it carries this token. */
  receivedToken?: string;
}

export class GroupsService {
  private store = new GroupStore([]);
  /** The files a new group may hold: those of the groups held since the last load, and added ones. */
  private files = new FileIndex(() => this.store);
  private readonly faults: Faults;
  private readonly counter = new RequestCounter();
  /**
   * Settles once the first groups are in the store. Generated groups are made after the server
   * listens (in a later turn of the event loop), so the mock can start Prism meanwhile.
   */
  readonly ready: Promise<void>;
  /** The public origin for absolute URLs; until the front says otherwise, the service's own. */
  origin = 'http://127.0.0.1';

  constructor(private readonly settings: ServiceSettings) {
    this.faults = new Faults(settings.faults);
    const { firstGroups } = settings;
    this.ready =
      firstGroups !== undefined
        ? Promise.resolve().then(() => this.load(firstGroups))
        : new Promise<void>((resolve) => setImmediate(resolve)).then(async () =>
            this.load(await settings.initialGroups()),
          );
  }

  private load(records: GroupRecord[]): void {
    this.store = new GroupStore(records);
    this.files = new FileIndex(() => this.store);
  }

  /** Back to the start: the initial groups, the initial faults, no requests counted. */
  async reset(): Promise<void> {
    await this.ready;
    this.load(await this.settings.initialGroups());
    this.faults.replace(this.settings.faults);
    this.counter.clear();
  }

  /** The groups now, oldest first, as the service holds them (`datetime_stored` included). */
  async groups(): Promise<GroupWithFiles[]> {
    await this.ready;
    return this.store.all().map((record) => heldGroup(record, this.origin));
  }

  async setGroups(groups: unknown): Promise<void> {
    const records = await this.settings.userGroups(groups);
    await this.ready;
    this.load(records);
  }

  /** Makes files known to the project, so `POST /group/` can group them (until the next reset or setGroups). */
  async addFiles(files: unknown): Promise<void> {
    const checked = await this.settings.userFiles(files);
    await this.ready;
    this.files.add(checked);
  }

  configure(changes: FaultChanges): FaultSettings {
    return this.faults.configure(changes);
  }

  get faultSettings(): FaultSettings {
    return this.faults.current;
  }

  requests(): RequestCounts {
    return this.counter.snapshot();
  }

  /** The node:http request listener. */
  readonly handle = (req: IncomingMessage, res: ServerResponse): void => {
    this.serve(req, res).catch((error: unknown) => {
      // A bug here must still answer, and say what happened.
      if (!res.headersSent) {
        sendJson(
          res,
          500,
          { detail: `The mock failed: ${(error as Error)?.message ?? String(error)}` },
          'application/json',
        );
      } else res.destroy();
    });
  };

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    await this.ready;
    const received = decodeReceived(header(req, RECEIVED_HEADER), this.settings.receivedToken);
    const uri = received?.uri ?? req.url ?? '/';
    const method = (req.method ?? 'GET').toUpperCase();
    const queryAt = uri.indexOf('?');
    const rawPath = queryAt < 0 ? uri : uri.slice(0, queryAt);
    const query = new URLSearchParams(queryAt < 0 ? '' : uri.slice(queryAt + 1));
    const asked = acceptedTypes(header(req, 'accept'));

    const match = route(method, rawPath);
    // Unref'd: a delayed answer never keeps a process alive once its mock has stopped (an app
    // that stops its embedded mock mid-request must still exit at once).
    if (this.faults.latencyMs > 0) await sleep(this.faults.latencyMs, undefined, { ref: false });
    if (match.kind !== 'operation') {
      const error =
        match.kind === 'not-found' ? apiErrors.notFound() : apiErrors.methodNotAllowed(method, match.allowed);
      return this.answerError(res, undefined, error, asked);
    }
    const { operationId } = match;
    const failStatus = this.faults.failure();
    if (failStatus !== undefined) {
      const form = retryAfterForm(operationId, failStatus);
      const failure = apiErrors.injectedFailure(failStatus, form, this.settings.clock());
      return this.answerError(res, operationId, failure, asked, 'fail');
    }
    if (body === undefined) return this.answerError(res, operationId, apiErrors.tooLarge(MAX_BODY_BYTES), asked);
    if (OPERATIONS[operationId].publicKeyField !== null) {
      const contentType = received ? (received.contentType ?? undefined) : header(req, 'content-type');
      return this.serveUpload(res, operationId, method, query, body, contentType, match.pathParams);
    }

    const negotiated = negotiate(header(req, 'accept'), operationId, OPERATIONS[operationId].accept);
    if ('error' in negotiated) return this.answerError(res, operationId, negotiated.error, asked);

    const authError = authenticate(
      {
        authorization: header(req, 'authorization'),
        uploadcareDate: header(req, 'x-uploadcare-date'),
        date: header(req, 'date'),
        method,
        bodyMd5: received?.bodyMd5 ?? md5Hex(body),
        contentType: received ? (received.contentType ?? undefined) : header(req, 'content-type'),
        uri,
      },
      this.settings,
    );
    if (authError) return this.answerError(res, operationId, authError, asked);

    const retryAfter = this.faults.throttling();
    if (retryAfter !== undefined) {
      const form = retryAfterForm(operationId, ERROR_EXAMPLES.ThrottledError.status);
      const error = apiErrors.throttled(retryAfter, form, this.settings.clock());
      return this.answerError(res, operationId, error, asked, 'throttle');
    }

    const unimplemented = refuseUnimplemented(operationId, query);
    if (unimplemented) return this.answerError(res, operationId, unimplemented, asked);

    const answer = HANDLERS[operationId](this.context(negotiated.mediaType, match.pathParams, query, []));
    if (isApiError(answer)) return this.answerError(res, operationId, answer, asked);
    this.counter.record(operationId, answer.status);
    const headers = { [OPERATION_HEADER]: operationId };
    if (answer.body === undefined) sendNoContent(res, answer.status, headers);
    else sendJson(res, answer.status, answer.body, negotiated.mediaType, headers);
  }

  private context(
    mediaType: string,
    pathParams: Record<string, string>,
    query: URLSearchParams,
    fields: Fields,
  ): RouteContext {
    return {
      store: this.store,
      origin: this.origin,
      mediaType,
      nowUs: () => dateMicros(this.settings.clock()),
      pathParams,
      query,
      fields,
      files: this.files,
    };
  }

  /**
   * An Upload API operation: no Accept version and no Authorization; the public key (and, for
   * signed uploads, `signature` and `expire`) in the query or the form. Errors are plain text, or
   * JSON with `jsonerrors=1`.
   */
  private async serveUpload(
    res: ServerResponse,
    operationId: OperationId,
    method: string,
    query: URLSearchParams,
    body: Buffer,
    contentType: string | undefined,
    pathParams: Record<string, string>,
  ): Promise<void> {
    const form = method === 'POST' ? await formFields(body, contentType) : [];
    const json = query.get('jsonerrors') === '1' || (!isApiError(form) && field(form, 'jsonerrors') === '1');
    const fail = (error: ApiError) => this.answerUploadError(res, operationId, error, json);
    if (isApiError(form)) return fail(form);
    const unimplemented = refuseUnimplemented(operationId, query);
    if (unimplemented) return fail(unimplemented);
    const fields: Fields = [...query.entries(), ...form];
    const publicKey = field(fields, OPERATIONS[operationId].publicKeyField as string);
    if (!publicKey) return fail(uploadErrors.publicKeyRequired());
    const secretKey = this.settings.keys.get(publicKey);
    if (secretKey === undefined) return fail(uploadErrors.publicKeyInvalid());
    if (method === 'POST') {
      const nowSeconds = Math.floor(this.settings.clock().getTime() / 1000);
      const signed = checkSignedUpload(field(fields, 'signature'), field(fields, 'expire'), secretKey, nowSeconds);
      if (signed) return fail(signed);
    }
    const retryAfter = this.faults.throttling();
    if (retryAfter !== undefined)
      return this.answerUploadError(res, operationId, uploadErrors.throttled(retryAfter), json, 'throttle');
    const answer = HANDLERS[operationId](this.context('application/json', pathParams, query, fields));
    // An answer and an error have the same form: the status tells them apart.
    if (answer.status > 399) return fail(answer as ApiError);
    this.counter.record(operationId, answer.status);
    sendJson(res, answer.status, answer.body, 'application/json', { [OPERATION_HEADER]: operationId });
  }

  private answerUploadError(
    res: ServerResponse,
    operationId: OperationId,
    error: ApiError,
    json: boolean,
    fault?: 'throttle',
  ): void {
    this.counter.record(operationId, error.status);
    const { text, mediaType } = uploadErrorBody(error, json);
    const headers: Record<string, string> = { ...error.headers, [OPERATION_HEADER]: operationId };
    if (fault) headers[FAULT_HEADER] = fault;
    res.writeHead(error.status, {
      ...headers,
      'Content-Type': mediaType,
      'Content-Length': String(Buffer.byteLength(text)),
    });
    res.end(text);
  }

  private answerError(
    res: ServerResponse,
    operationId: OperationId | undefined,
    error: ApiError,
    asked: readonly string[],
    fault?: 'fail' | 'throttle',
  ): void {
    this.counter.record(operationId, error.status);
    const headers: Record<string, string> = {};
    if (operationId) headers[OPERATION_HEADER] = operationId;
    if (fault) headers[FAULT_HEADER] = fault;
    sendError(res, error, errorMediaType(operationId, error.status, asked), headers);
  }
}

/** The form the spec documents for the `Retry-After` of this operation's `status` answer, if it documents one. */
function retryAfterForm(operationId: OperationId, status: number): string | undefined {
  const documented: Readonly<Record<string, string>> = OPERATIONS[operationId].retryAfter;
  return documented[String(status)];
}

/** A request header's value; a repeated one counts as its first. */
function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
