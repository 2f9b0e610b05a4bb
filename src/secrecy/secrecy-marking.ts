/** The ground a restricted item was marked with: a reference from the list and optional free text. */
export interface SecrecyMarking {
  ground: string | null;
  note: string | null;
}

/**
 * What the public version shows instead of a restricted item's content: "Sekretess enligt 31 kap. 16 § OSL".
 * An item restricted before grounds were kept has none: then only "Sekretess".
 */
export function secrecyMarkingText(ground: string | null | undefined, locale: 'sv' | 'en' = 'sv'): string {
  if (locale === 'en') return ground ? `Confidential under ${ground}` : 'Confidential';
  return ground ? `Sekretess enligt ${ground}` : 'Sekretess';
}
