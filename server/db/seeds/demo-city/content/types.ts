/** Shapes of the demo city's hand-written content (its configuration is city.yaml). Plain data: no I/O, no imports from the server. */

export interface DemoArticle {
  slug: string; // kebab-case unique
  title: string; // "City Hall hours"
  publicAnswer: string; // Markdown, 60–250 words, real-sounding, specific (fees, hours, documents needed)
  internalNotes: string; // for operators only: tips, when to transfer, common confusions
  keywords: string[]; // including synonyms ("trash", "garbage", "rubbish")
  departmentCode?: string;
  agencyCode?: string; // when the answer is "this is the state's job, call X"
  serviceCodes?: string[]; // related service types
  /** Days until review from the seed date; a few negative to demonstrate stale articles. */
  reviewInDays: number;
}
