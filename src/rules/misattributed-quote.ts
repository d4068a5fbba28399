// Rule: the same quotation attributed to different speakers by different accounts of one story.
import { align, candidatePairs, indexOfRun, type QuoteRef } from '../story/quote-align.js';
import { quoteRefs } from './altered-quote.js';
import type { CorpusFindingDraft, CorpusRule } from './types.js';
import { shortName, storiesOf } from './story-helpers.js';

/** Whether `owner` attributes a quotation holding `words`, or held in them, to the person `speaker`. */
function attributedIn<T>(refs: Array<QuoteRef<T>>, owner: T, words: string[], speaker: string): boolean {
  return refs.some((r) => r.owner === owner && r.quote.speaker?.personId === speaker && (indexOfRun(r.words, words) >= 0 || indexOfRun(words, r.words) >= 0));
}

export const misattributedQuote: CorpusRule = {
  scope: 'corpus',
  meta: {
    id: 'misattributed-quote',
    description: 'The same quotation attributed to different people by different accounts of one story.',
    defaultSeverity: 'error',
    needs: ['quotes', 'people'],
    docs: {
      catches:
        'A quotation that appears (word for word, or as a faithful part of a longer one) in several articles of a story with different identified speakers.',
      why: 'Putting words in the wrong mouth is among the most damaging errors a news text can carry.',
      example: {
        text: '“Ukraine is ready for negotiations,” Peskov said.',
        message: 'This quotation is attributed to Dmitry Peskov here, but to Volodymyr Zelenskyy in 001.',
      },
      fix: 'Check who said it in the primary source and correct the attribution.',
    },
  },
  check({ entries, kb }) {
    const out: CorpusFindingDraft[] = [];
    for (const members of storiesOf(entries)) {
      const refs = quoteRefs(members);
      for (const [a, b] of candidatePairs(refs)) {
        const sa = a.quote.speaker?.personId;
        const sb = b.quote.speaker?.personId;
        if (!sa || !sb || sa === sb) continue;
        const al = align(b.words, a.words);
        if (!al.contained && al.similarity < 0.9) continue;
        // A document that itself gives these words to both people (a minister repeating his leader's figure)
        // is no account that disagrees with the other: a copy of it would otherwise disagree with itself.
        if (attributedIn(refs, a.owner, b.words, sb) || attributedIn(refs, b.owner, a.words, sa)) continue;
        const name = (id: string) => kb.person(id)?.name ?? id;
        out.push({
          doc: b.owner.doc.id,
          span: b.quote.speaker?.span ?? b.quote.span,
          message: `This quotation is attributed to ${name(sb)} here, but to ${name(sa)} in ${shortName(a.owner)}.`,
          actual: name(sb),
          expected: name(sa),
          related: [{ doc: a.owner.doc.id, span: a.quote.speaker?.span ?? a.quote.span, message: `${shortName(a.owner)} attributes it to ${name(sa)}` }],
        });
      }
    }
    return out;
  },
};
