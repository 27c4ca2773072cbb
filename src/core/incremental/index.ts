/** Incremental analysis: analyses brought up to date edit by edit (pure, no editor API). */
export { createIncrementalAnalyzer, type IncrementalAnalysis, type IncrementalAnalyzer, type UpdateInfo } from './incrementalAnalyzer';
export type { TextChange } from './textChange';
export { analyzeDocumentInSteps, analyzeInSteps, STEP_SIZE } from './analyzeInSteps';
export { shifted } from './mentionWindow';
