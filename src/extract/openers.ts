// Words that open a sentence without being part of a name after them ("However Putin ...", "But President Biden ...").

/** Function words and adverbs that may stand capitalised before a name or title at the start of a sentence. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  'the a an this that these those such some many most all both each every other another it he she they we i you his her their our its there here then now also still yet so thus in on at but and or if as after before while when despite however meanwhile instead moreover furthermore although though because since until unless with without for from by to of under over during amid among what who why how which'.split(' '),
);
