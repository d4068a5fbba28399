// Groups documents into stories (same events told by several outlets).
import type { StoryReport } from '../core/report.js';
import type { Document } from '../core/types.js';
import type { DocFacts } from '../extract/types.js';
import type { KnowledgeBase } from '../know/kb.js';

export interface Stories {
  /** Story id of each document (by input position), undefined when it stands alone. */
  memberOf: Array<number | undefined>;
  stories: StoryReport[];
}

export function groupStories(docs: Document[], _facts: DocFacts[], _kb: KnowledgeBase): Stories {
  return { memberOf: docs.map(() => undefined), stories: [] };
}
