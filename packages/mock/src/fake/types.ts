// The wire shapes the fake serves, named from the types generated from the spec.
import type { components } from '../generated/openapi.js';

export type Group = components['schemas']['Group'];
export type GroupFile = components['schemas']['GroupFile'];
export type GroupWithFiles = components['schemas']['GroupWithFiles'];
export type GroupsPage = components['schemas']['GroupsPage'];
export type ContentInfo = components['schemas']['ContentInfo'];
export type ApiErrorBody = components['schemas']['Error'];
