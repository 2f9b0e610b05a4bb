/**
 * Swedish for the messages DTOs give their own rules (zod words its built-in checks itself). Keyed by the
 * English text the DTO writes, so the rules stay where they are; a unit test checks every literal message
 * of a DTO has its entry here.
 */
const EXACT: Record<string, string> = {
  'nothing to change': 'inget att ändra',
  'from must be before to': 'from måste vara före to',
  'to must not be before from': 'to får inte vara före from',
  'a range spans at most a year': 'ett intervall omfattar högst ett år',
  'a declined proposal needs a reason': 'ett avböjt förslag behöver en motivering',
  'a reason goes with a status': 'en motivering hör ihop med en status',
  'moving to the next meeting is a change of its own': 'att flytta till nästa möte är en egen ändring',
  'a municipality needs its region': 'en kommun behöver sin region',
  'a region has no parent': 'en region har ingen överordnad organisation',
  'an agenda item link needs its meeting': 'en koppling till en dagordningspunkt behöver sitt möte',
  'an organization feed names its organization': 'ett organisationsflöde anger sin organisation',
  'closing items come last': 'avslutande punkter kommer sist',
  'returned minutes need a comment': 'ett återsänt protokoll behöver en kommentar',
  'roles must not repeat': 'en roll får inte upprepas',
  'a substitute is listed twice for the same person': 'en ersättare anges två gånger för samma person',
  'an ISO 8601 duration of whole years, months, weeks or days, e.g. P3M or P6W':
    'en ISO 8601-period i hela år, månader, veckor eller dagar, t.ex. P3M eller P6W',
  'the cadence must lie between one week and three years':
    'intervallet måste ligga mellan en vecka och tre år',
  'an RRULE without DTSTART or TZID: the valid-from date anchors it':
    'en RRULE utan DTSTART och TZID: startdatumet för giltigheten förankrar den',
  'an RRULE needs FREQ=WEEKLY, MONTHLY or YEARLY': 'en RRULE behöver FREQ=WEEKLY, MONTHLY eller YEARLY',
  'an RRULE has COUNT or UNTIL, not both': 'en RRULE har COUNT eller UNTIL, inte båda',
  'not a valid RRULE': 'inte en giltig RRULE',
  'the RRULE yields no date within three years': 'RRULE ger inget datum inom tre år',
};

const LISTED_TWICE: Record<string, string> = {
  'a person': 'en person',
  'an organization': 'en organisation',
  'a strategy area': 'ett RUS-område',
  'a weekday': 'en veckodag',
  'an action id': 'ett åtgärds-id',
  'an address': 'en adress',
};

/** The Swedish of a DTO's own message, or undefined when there is none (the English is then answered). */
export function swedishCustomMessage(english: string): string | undefined {
  const exact = EXACT[english];
  if (exact !== undefined) return exact;
  const twice = /^(.+) is listed twice$/.exec(english);
  if (twice) return `${LISTED_TWICE[twice[1]] ?? twice[1]} anges två gånger`;
  const scb = /^a (region|municipality) has a (two|four)-digit SCB code$/.exec(english);
  if (scb)
    return `en ${scb[1] === 'region' ? 'region' : 'kommun'} har en ${scb[2] === 'two' ? 'två' : 'fyr'}siffrig SCB-kod`;
  const rrulePart = /^not a valid RRULE part: (.*)$/.exec(english);
  if (rrulePart) return `inte en giltig del av en RRULE: ${rrulePart[1]}`;
  return undefined;
}
