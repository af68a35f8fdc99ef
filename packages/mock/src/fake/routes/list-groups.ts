import { type Handler, isApiError, successStatus } from './handler.js';
import { fromKey, parseListQuery } from './query.js';
import { page } from './serialize.js';

/** `GET /groups/`: one page in the asked order, with links to its neighbours. */
export const listGroups: Handler = (context) => {
  const query = parseListQuery(context.query);
  if (isApiError(query)) return query;
  const window = context.store.page({ ...query, keyOf: fromKey });
  return {
    status: successStatus('listGroups'),
    body: page(window, query, context.query, context.store.size, context.origin, context.mediaType),
  };
};
