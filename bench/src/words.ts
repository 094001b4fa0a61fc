/**
 * Vocabulary for generated content: the community's own terms first (frequent), then
 * ordinary English words. Generated text draws from it with a skewed distribution, so some
 * words are common (like "trafficking" in real posts) and most are rare.
 */
export const DOMAIN_WORDS =
  `trafficking recruitment exploitation victims labour online platform social media
advertisement job offer agency migrant workers forced sexual children hotline referral mechanism identification
assistance shelter survivors prosecution investigation police prosecutor judge evidence financial transactions
bank payment cryptocurrency laundering intelligence analysis data dashboard mobile app chatbot messaging
classifieds dating livestreaming deepfake artificial machine learning monitoring detection indicators typology
network training awareness campaign prevention protection partnership cooperation border interview screening
supply chain audit due diligence inspection construction agriculture domestic work fishing textile hospitality
begging criminality organ removal marriage adoption debt bondage passport confiscation coercion deception
vulnerability poverty unemployment displacement refugees asylum minors guardianship compensation restitution
reintegration counselling legal aid interpreter translation database registry licence platform moderation
takedown reporting tipline whistleblower journalist research survey evaluation pilot scale government ngo
academia international organization media private sector telecom internet provider card company fintech`.split(
    /\s+/,
  );

export const COMMON_WORDS =
  `time year people way day man thing woman life child world school state family student
group country problem hand part place case week company system program question work government number night
point home water room mother area money story fact month lot right study book eye job word business issue side
kind head house service friend father power hour game line end member law car city community name president
team minute idea kid body information back parent face others level office door health person art war history
party result change morning reason research girl guy moment air teacher force education foot boy age policy
process music market sense nation plan college interest death experience effect use class control care field
development role effort rate heart drug show leader light voice wife police mind price report decision son view
relationship town road arm difference value building action model season society tax director position player
record paper space ground form event official matter center couple site project activity star table need court
oil situation cost industry figure street image phone data picture practice piece land product doctor wall
patient worker news test movie north love support technology step baby computer type attention film republican
tree source organization hair window evidence population site truth region trial network method section letter
region security detail river island report theory order series weapon approach element response performance`.split(
    /\s+/,
  );

export const VOCABULARY = [...new Set([...DOMAIN_WORDS, ...COMMON_WORDS])];

const SYLLABLES =
  'ka ve lo mi ra nu to se di pa re no ki ma lu be sa go ti fe ro da zu pi ne vo ha li mo ju'.split(
    ' ',
  );

/** Pseudo-words for the long tail of a natural vocabulary (27,000 of them: "kavelo", …). */
export function tailWords(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const a = SYLLABLES[i % 30]!;
    const b = SYLLABLES[Math.floor(i / 30) % 30]!;
    const c = SYLLABLES[Math.floor(i / 900) % 30]!;
    out.push(`${a}${b}${c}`);
  }
  return out;
}

/**
 * Real words first (they take the frequent ranks), then the tail. Text draws ranks from a
 * Zipf distribution (exponent 1) whose first 100 ranks — the stop words of real text — are
 * left out, so the most frequent word is in about 5 % of 50-word posts, like "trafficking" on
 * a forum about trafficking.
 */
export const TEXT_VOCABULARY = [...VOCABULARY, ...tailWords(20_000)];
