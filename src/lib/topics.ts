/** Subjects an article can be tagged with from its text, beyond the meeting it covers. */
export interface Topic {
  /** Tag slug. */
  tag: string;
  /** Name shown on tag pages. */
  label: string;
  /** Words in the text that make an article about this topic. */
  pattern: RegExp;
}

/** The topic table: a tag applies when its pattern occurs in the article text. */
export const topics: readonly Topic[] = [
  { tag: 'ukraine', label: 'Ukraine', pattern: /\bUkrain(?:e|ian)\b/ },
  { tag: 'nato', label: 'NATO', pattern: /\bNATO\b|North Atlantic Treaty Organi[sz]ation/ },
  { tag: 'united-states', label: 'United States', pattern: /\b(?:United States|U\.S\.|Washington|Biden|Trump)\b/ },
  { tag: 'sanctions', label: 'Sanctions', pattern: /\bsanctions?\b/i },
  { tag: 'energy', label: 'Energy', pattern: /\b(?:gas|oil|pipeline|energy|Power of Siberia)\b/i },
  { tag: 'trade', label: 'Trade', pattern: /\b(?:trade|exports?|imports?|yuan|rouble|ruble)\b/i },
  { tag: 'taiwan', label: 'Taiwan', pattern: /\bTaiwan(?:ese)?\b/ },
  { tag: 'north-korea', label: 'North Korea', pattern: /\bNorth Korea(?:n)?\b|\bKim Jong[- ]Un\b/ },
  { tag: 'security', label: 'Security and defence', pattern: /\b(?:military|troops|defen[cs]e|nuclear|patrols?|drills?)\b/i },
  { tag: 'multipolar-world', label: 'Multipolar world', pattern: /\bmultipolar\b|\bhegemon(?:y|ic)\b/i },
  { tag: 'human-rights', label: 'Human rights', pattern: /\bhuman rights\b|\bUyghurs?\b/i },
];
