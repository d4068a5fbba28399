export * from './types.js';
export { KnowledgeBase, KbError } from './kb.js';
export { loadKb, defaultKbFiles, loadDefaultFiles, readKbFile, parseKbFile, validateKbData, kbDir, jsonPath } from './load.js';
export {
  foldCase,
  normKey,
  stripDiacritics,
  tokens,
  defaultSurname,
  isValidDate,
  daysBetween,
  TITLE_MODIFIERS,
} from './normalize.js';
