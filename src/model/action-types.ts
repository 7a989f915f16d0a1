/** PDF actions as Instant JSON writes them (spec 003, "Action Types"). */
import type { NAMED_ACTIONS, SUBMIT_FORM_FLAGS } from './vocabulary.js';

interface BaseAction {
  /** An action that runs after this one. */
  subAction?: Action;
}

export interface GoToAction extends BaseAction {
  type: 'goTo';
  /** 0-based target page. Not range-checked against the document: a dead link is legal PDF. */
  pageIndex: number;
}

export interface GoToRemoteAction extends BaseAction {
  type: 'goToRemote';
  relativePath: string;
  namedDestination: string;
}

export interface GoToEmbeddedAction extends BaseAction {
  type: 'goToEmbedded';
  newWindow: boolean;
  relativePath: string;
  targetType: 'parent' | 'child';
}

export interface LaunchAction extends BaseAction {
  type: 'launch';
  filePath: string;
}

export interface UriAction extends BaseAction {
  type: 'uri';
  uri: string;
}

export interface AnnotationReference {
  fieldName?: string;
  pdfObjectId?: number;
}

export interface HideAction extends BaseAction {
  type: 'hide';
  hide: boolean;
  annotationReferences: AnnotationReference[];
}

export interface JavaScriptAction extends BaseAction {
  type: 'javaScript';
  script: string;
}

export type SubmitFormFlag = (typeof SUBMIT_FORM_FLAGS)[number];

export interface SubmitFormAction extends BaseAction {
  type: 'submitForm';
  uri: string;
  flags: SubmitFormFlag[];
  fields?: AnnotationReference[];
}

export interface ResetFormAction extends BaseAction {
  type: 'resetForm';
  flags?: 'includeExclude';
  fields?: AnnotationReference[];
}

export type NamedActionName = (typeof NAMED_ACTIONS)[number];

export interface NamedAction extends BaseAction {
  type: 'named';
  action: NamedActionName;
}

export type Action =
  | GoToAction
  | GoToRemoteAction
  | GoToEmbeddedAction
  | LaunchAction
  | UriAction
  | HideAction
  | JavaScriptAction
  | SubmitFormAction
  | ResetFormAction
  | NamedAction;
