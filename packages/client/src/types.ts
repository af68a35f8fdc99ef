/**
 * Friendly names for the generated types. They are derived from the generated `components`,
 * never copied, so a change to the spec flows here on the next `generate`.
 */
import type { components, paths } from './generated/openapi.js';

export type { components, paths };

/** A group as it appears in a list (no `files`). */
export type Group = components['schemas']['Group'];
/** A single group with its files; a removed file is `null` at its position. */
export type GroupWithFiles = components['schemas']['GroupWithFiles'];
/** One file of a group: the file info plus `default_effects`. */
export type GroupFile = components['schemas']['GroupFile'];
/** A group as the Upload API answers it (`create`, `uploadInfo`): its files in the Upload API's form. */
export type UploadGroup = components['schemas']['UploadGroup'];
/** One page of the group list, with absolute `next` / `previous` links. */
export type GroupsPage = components['schemas']['GroupsPage'];
/** The `ordering` values of the list. */
export type GroupsOrdering = NonNullable<components['parameters']['ordering']>;
