// The grammatical person a word speaks in, one list for every feature of the learned second
// opinion (the word features and the clause structure read the same person from the same word).
// Possessives count with their pronoun: "my biopsy" is the writer's as much as "I had a biopsy".
export type Person = 'first' | 'we' | 'second' | 'third';

const PERSON: Record<Person, readonly string[]> = {
  first: ['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'll", "i'd", 'im', 'ive'],
  we: ['we', 'us', 'our', 'ours', 'ourselves', "we're", "we've", "we'll", 'weve'],
  second: ['you', 'your', 'yours', 'yourself', "you're", "you've", "you'll", 'youre', 'u', 'ur', 'yall', "y'all"],
  third: ['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself', "he's", "she's", 'they', 'them', 'their', 'theirs', 'themselves', "they're"],
};

const BY_WORD = new Map<string, Person>(Object.entries(PERSON).flatMap(([p, words]) => words.map((w) => [w, p as Person] as const)));

/** The person of a lower-case word (curly apostrophes read as straight), or undefined. */
export const personOf = (lower: string): Person | undefined => BY_WORD.get(lower.replace(/’/g, "'"));
