/**
 * The dialog layer's public API. Channels use `createDialogService`; tests and tools may drive
 * the pure engine (`step`) directly.
 */
export { type Command, parseCommand } from './commands.ts';
export { type EngineContext, step, type Turn } from './engine.ts';
export { ALL_GROUP, FOCUS_GROUPS, type FocusGroup, focusPrograms } from './focus.ts';
export { GUIDE_KNOWLEDGE, MID_DIALOG_HITS } from './guide-knowledge.ts';
export { type ClauseView, type KnowledgePort, NO_KNOWLEDGE, type PolicyAnswer } from './knowledge-port.ts';
export * from './parse/index.ts';
export {
  ALTERNATIVES,
  CATEGORY_ORDER,
  nextQuestion,
  type Plan,
  programWeight,
  statusSettled,
} from './planner.ts';
export {
  createDialogService,
  type DialogService,
  type DialogServiceOptions,
  type LockingSessionStore,
} from './service.ts';
export { type DialogState, FOCUS_SLOT, initialState, type Phase, parseState } from './state.ts';
export type * from './types.ts';
export { isNearMiss, renderVerdict } from './verdict.ts';
