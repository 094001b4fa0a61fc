import type { CounterApproach, FormOfExploitation, MisuseTrend, MisusedTechnology, Region, StakeholderType, TraffickingStage } from '@alliance/domain';

/** How a demo misuse pattern is described; the seed turns these into patterns with countermeasures. */
export interface DemoMisusePattern {
  slug: string;
  title: string;
  /** At most 500 characters. */
  summary: string;
  /** Markdown: ## How it works, ## Why it matters, ## What helps. */
  description: string;
  /** Slug of an organization in demo-organizations.ts. */
  organization: string;
  stages: TraffickingStage[];
  technologies: MisusedTechnology[];
  formsOfExploitation: FormOfExploitation[];
  indicators: string[];
  regions: Region[];
  trend: MisuseTrend;
  sources: { label: string; url: string }[];
  visibility: 'PUBLIC' | 'MEMBERS' | 'RESTRICTED';
  visibleTo: StakeholderType[];
  state: 'DRAFT' | 'PUBLISHED';
  /** Demo practices (slugs) that counter it, proposed by an editor of the practice's organization. */
  countermeasures: { practice: string; approach: CounterApproach; note: string }[];
}

// Only sources whose address we know to be right; most demo patterns have none.
export const OSCE_ALLIANCE_19 = { label: 'OSCE: 19th Alliance against Trafficking in Persons Conference (2019)', url: 'https://www.osce.org/event/alliance19' };
const OSCE_ALLIANCE_19_NEWS = { label: 'OSCE press release on the 2019 Alliance conference', url: 'https://www.osce.org/cthb/416744' };

/**
 * Demo misuse patterns: composites of publicly discussed ways technology is misused, written for
 * the demo. They describe methods and red flags only, never a person or a case. Together they
 * cover every stage and every misused technology; several have no countermeasure yet, so the
 * gap view shows real gaps (deepfakes, live streaming, dark-web markets).
 */
export const DEMO_MISUSE_PATTERNS: DemoMisusePattern[] = [
  {
    slug: 'fake-overseas-job-offers-in-social-media-groups',
    title: 'Fake overseas job offers in social media groups',
    summary:
      'Recruiters post attractive jobs abroad in diaspora, city and job-seeker groups on social media, then move candidates to private messages where the terms change and travel is arranged quickly.',
    description: `## How it works
Posts advertise well-paid seasonal, care, construction or warehouse work abroad, often with photos of real workplaces taken from the web. Interested people are asked to write privately. In private chats the recruiter asks for passport scans, offers to pay the ticket "against future wages" and pushes for a fast departure.

## Why it matters
The reach is large, the cost is nothing, and accounts are replaced as soon as they are reported. The debt for travel and placement becomes the lever of control on arrival.

## What helps
Job-offer checking services, pre-departure information and reporting channels in the languages of the groups concerned.`,
    organization: 'safe-work-ua',
    stages: ['RECRUITMENT'],
    technologies: ['SOCIAL_MEDIA', 'MESSAGING_AND_ENCRYPTED_APPS'],
    formsOfExploitation: ['FORCED_LABOUR', 'TECHNOLOGY_FACILITATED'],
    indicators: [
      'Salary far above the going rate for the job and country',
      'No company name, address or registration number in the post',
      'Insists on moving the conversation to a private messenger',
      'Offers to pay travel now and deduct it from future wages',
      'Asks for passport scans before any contract is shown',
    ],
    regions: ['EASTERN_EUROPE', 'CENTRAL_ASIA', 'SOUTH_CAUCASUS'],
    trend: 'ESTABLISHED',
    sources: [OSCE_ALLIANCE_19, OSCE_ALLIANCE_19_NEWS],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    countermeasures: [
      { practice: 'job-offer-checker-chatbot-central-asia', approach: 'PREVENTS', note: 'Migrants paste the offer into the chatbot and get a risk assessment before they reply.' },
      { practice: 'job-offer-checker-chatbot-ukraine', approach: 'PREVENTS', note: 'Checks offers shared in displaced-persons groups against known fraud patterns.' },
      { practice: 'pre-departure-orientation-app', approach: 'PREVENTS', note: 'Explains how to verify an employer and what a lawful contract contains.' },
      { practice: 'osint-training-trafficking-investigators', approach: 'DETECTS', note: 'Investigators learn to map recruiter accounts across groups.' },
    ],
  },
  {
    slug: 'bait-and-switch-job-ads-on-classifieds',
    title: 'Bait-and-switch job ads on classifieds and job boards',
    summary:
      'Ads on general classifieds sites and smaller job boards offer ordinary jobs; on arrival the work, pay or employer is different and the worker is in debt.',
    description: `## How it works
Ads for cleaners, kitchen staff, models or au pairs are posted in bulk with slightly varied wording and reused phone numbers. The posting account is new, the employer is vague, and interviews happen by phone or chat only.

## Why it matters
Job boards are where people actively look for work, so the ads reach exactly those ready to move. Reused text and contact details leave a trail that can be detected at scale.

## What helps
Automated screening of ads for risk indicators, shared datasets of deceptive posts, and platforms acting on the results.`,
    organization: 'cder',
    stages: ['RECRUITMENT'],
    technologies: ['ONLINE_CLASSIFIEDS_AND_JOB_BOARDS'],
    formsOfExploitation: ['FORCED_LABOUR', 'SEXUAL_EXPLOITATION'],
    indicators: [
      'The same phone number appears in ads for unrelated jobs and cities',
      'Young women only, "no experience needed", accommodation provided',
      'Interview only by chat or phone, never at the workplace',
      'Employer name missing or different from the one on the contract',
    ],
    regions: ['WESTERN_EUROPE', 'CENTRAL_EUROPE', 'ASIAN_PARTNERS'],
    trend: 'ESTABLISHED',
    sources: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    countermeasures: [
      { practice: 'classified-job-ad-risk-screening-nl', approach: 'DETECTS', note: 'Scores new ads for known indicators and flags clusters sharing contact details.' },
      { practice: 'classifieds-job-ad-screening-jp', approach: 'DETECTS', note: 'Platform-side screening before ads go live.' },
      { practice: 'deceptive-recruitment-posts-dataset', approach: 'BUILDS_EVIDENCE', note: 'Anonymised examples let others train and test detection.' },
    ],
  },
  {
    slug: 'romance-lures-on-dating-apps',
    title: 'Romance lures on dating apps',
    summary:
      'A trafficker builds a relationship through a dating app, moves the conversation to a messenger, and uses the emotional bond to arrange travel and later exploitation ("lover-boy" method).',
    description: `## How it works
Profiles present a successful, attentive partner. After weeks of daily messages the person is invited to visit or move, often abroad. Isolation from friends and family is encouraged, and the relationship turns into control.

## Why it matters
The person often does not see themselves as a victim, which delays identification. Evidence sits in private chats.

## What helps
Awareness for young people and those displaced, and digital safety skills.`,
    organization: 'saferoutes-network',
    stages: ['RECRUITMENT', 'CONTROL_AND_EXPLOITATION'],
    technologies: ['DATING_APPS', 'MESSAGING_AND_ENCRYPTED_APPS'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION'],
    indicators: [
      'A new partner quickly proposes moving or travelling abroad together',
      'Pressure to cut contact with friends and family',
      'Gifts or money followed by talk of debts to repay',
      'Partner controls the phone, passwords or social media accounts',
    ],
    regions: ['SOUTH_EASTERN_EUROPE', 'EASTERN_EUROPE', 'WESTERN_EUROPE'],
    trend: 'ESTABLISHED',
    sources: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    countermeasures: [
      { practice: 'online-safety-sessions-displaced-women', approach: 'PREVENTS', note: 'Sessions cover grooming through dating apps and how to check a new contact.' },
    ],
  },
  {
    slug: 'coded-adult-services-advertisements',
    title: 'Coded adult-services advertisements',
    summary:
      'Commercial sexual exploitation is advertised on adult-services and classifieds sites using coded words, emojis and recycled photos, with the same contact details across many ads.',
    description: `## How it works
Ads use euphemisms for age and nationality, emojis to signal services, and stock or recycled photos. Several ads for different "independent" persons share a phone number, a payment method or a writing style, revealing a third party behind them.

## Why it matters
Advertising is where exploitation meets demand and where investigators can find it. After several large sites closed, advertising dispersed, which changed but did not end the pattern.

## What helps
Moderation signals on platforms, hash-sharing of known exploitative ads, image analysis for investigators and transparency about moderation.`,
    organization: 'pacific-trust-safety',
    stages: ['ADVERTISING_AND_SELLING'],
    technologies: ['ONLINE_CLASSIFIEDS_AND_JOB_BOARDS'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'CHILD_TRAFFICKING'],
    indicators: [
      'One phone number or payment handle across ads for different persons',
      'Coded terms or emojis suggesting youth or "new arrivals"',
      'The same photos reused with different names and cities',
      'Ads posted at regular intervals from rotating cities (touring)',
    ],
    regions: ['NORTH_AMERICA', 'WESTERN_EUROPE'],
    trend: 'DECLINING',
    sources: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    countermeasures: [
      { practice: 'escort-ad-moderation-signals', approach: 'DETECTS', note: 'Signals combine text, image reuse and contact clustering.' },
      { practice: 'exploitative-ad-hash-sharing', approach: 'DISRUPTS', note: 'Ads removed on one platform are blocked on the others.' },
      { practice: 'hotel-room-image-recognition', approach: 'BUILDS_EVIDENCE', note: 'Matches ad photos to hotel rooms to locate where exploitation takes place.' },
      { practice: 'platform-trafficking-transparency-reporting', approach: 'BUILDS_EVIDENCE', note: 'Publishes volumes and outcomes of trafficking-related removals.' },
    ],
  },
  {
    slug: 'selling-shifts-to-encrypted-channels',
    title: 'Selling shifts to encrypted messaging channels',
    summary:
      'Offers are advertised briefly in public, then buyers are moved to invite-only channels on encrypted messengers where the actual selling happens and messages disappear.',
    description: `## How it works
A short public post or profile carries an invitation link. Inside invite-only channels, "menus" are shared and bookings made; channels are renamed or closed when they draw attention.

## Why it matters
Content moderation and open-source monitoring lose sight of the selling. Evidence must come from seized devices.

## What helps
Device forensics in investigations and cooperation with messaging providers within the law.`,
    organization: 'moi-cyber-ge',
    stages: ['ADVERTISING_AND_SELLING'],
    technologies: ['MESSAGING_AND_ENCRYPTED_APPS', 'SOCIAL_MEDIA'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION'],
    indicators: [
      'Public profiles with invitation links and little other content',
      'Channels that change name or handle frequently',
      'Disappearing messages enabled by default for every contact',
    ],
    regions: ['SOUTH_CAUCASUS', 'EASTERN_EUROPE', 'CENTRAL_ASIA'],
    trend: 'EMERGING',
    sources: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    countermeasures: [
      { practice: 'mobile-forensics-triage-kits', approach: 'BUILDS_EVIDENCE', note: 'Preserves channel memberships and chats from seized phones on the spot.' },
    ],
  },
  {
    slug: 'dark-web-brokering-of-exploitation-and-documents',
    title: 'Dark-web forums brokering exploitation and forged documents',
    summary:
      'Closed dark-web forums and markets are used to broker exploitation, sell forged travel and identity documents and exchange know-how, paid in cryptocurrencies.',
    description: `## How it works
Vendors with reputation scores sell forged documents used to move people, and closed sections of forums are used to arrange exploitation. Payments use cryptocurrencies, often through escrow services of the market.

## Why it matters
Few anti-trafficking units have the skills to investigate there, and findings are operationally sensitive. This pattern is restricted to government bodies for that reason.

## What helps
Nothing is linked yet: investigative capacity, and blockchain analytics connected to trafficking typologies, are open needs.`,
    organization: 'moi-cyber-ge',
    stages: ['ADVERTISING_AND_SELLING', 'MOVEMENT', 'FINANCIAL_FLOWS'],
    technologies: ['DARK_WEB_MARKETS', 'CRYPTOCURRENCIES'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'FORCED_CRIMINALITY'],
    indicators: [
      'Forged documents of the same issuing country found in several cases',
      'Cryptocurrency payments routed through market escrow addresses',
      'References to forum handles in seized communications',
    ],
    regions: ['GLOBAL'],
    trend: 'ESTABLISHED',
    sources: [],
    visibility: 'RESTRICTED',
    visibleTo: ['GOVERNMENT'],
    state: 'PUBLISHED',
    countermeasures: [],
  },
  {
    slug: 'pay-per-view-live-streamed-child-abuse',
    title: 'Pay-per-view live-streamed child sexual abuse',
    summary:
      'Offenders abroad pay small amounts through payment apps to direct the sexual abuse of children streamed live by facilitators; nothing is stored, so little evidence remains.',
    description: `## How it works
Contact is made in chats; the abuse is streamed live through video-calling or streaming services and paid per session with small cross-border transfers. Facilitators are often in the child's close environment.

## Why it matters
Live streams leave no file to detect with hashes. Payment patterns and chat logs are the main evidence, and they are rarely connected.

## What helps
No published practice is linked yet. Payment-signal detection is being piloted but not published; this is a gap.`,
    organization: 'taec',
    stages: ['CONTROL_AND_EXPLOITATION', 'FINANCIAL_FLOWS'],
    technologies: ['LIVE_STREAMING', 'ONLINE_PAYMENTS_AND_FINTECH'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'CHILD_TRAFFICKING', 'TECHNOLOGY_FACILITATED'],
    indicators: [
      'Repeated small transfers to the same region with no plausible purpose',
      'Transfers timed shortly before or after video calls',
      'Payment notes with unusual wording or references to "shows"',
    ],
    regions: ['GLOBAL', 'ASIAN_PARTNERS', 'NORTH_AMERICA'],
    trend: 'ESTABLISHED',
    sources: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    countermeasures: [],
  },
  {
    slug: 'deepfake-recruiters-in-video-interviews',
    title: 'Deepfake recruiters in video job interviews',
    summary:
      'Recruiters use synthetic video and voice to pose as managers of real companies in job interviews, making fraudulent offers convincing.',
    description: `## How it works
A candidate is invited to a video interview with a "manager" whose face and voice are generated or swapped in real time. The company name belongs to a real employer. The offer that follows leads to work abroad under very different conditions.

## Why it matters
The checks people are told to make — "see the employer on video" — no longer prove anything.

## What helps
Nothing yet. Verification advice and detection support for job seekers are needed.`,
    organization: 'cder',
    stages: ['RECRUITMENT'],
    technologies: ['GENERATIVE_AI_AND_DEEPFAKES', 'MESSAGING_AND_ENCRYPTED_APPS'],
    formsOfExploitation: ['FORCED_LABOUR', 'FORCED_CRIMINALITY'],
    indicators: [
      'Video interviewer whose lips and voice are slightly out of sync',
      'Interview arranged through a messenger, not a company address',
      'Company is real but its official channels do not list the vacancy',
    ],
    regions: ['GLOBAL'],
    trend: 'EMERGING',
    sources: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    countermeasures: [],
  },
  {
    slug: 'ai-generated-intimate-images-used-to-coerce',
    title: 'AI-generated intimate images used to coerce',
    summary:
      'Synthetic intimate images of a person are created from ordinary photos and used to threaten and coerce them into producing content or into exploitation.',
    description: `## How it works
Photos from public profiles are turned into fake intimate images. The person is threatened with publication to family or school unless they comply, which can start a cycle of sextortion and exploitation.

## Why it matters
No prior contact or sharing is needed, so anyone with photos online can be targeted, including children.

## What helps
No published practice yet. Research is under way but not published.`,
    organization: 'cder',
    stages: ['RECRUITMENT', 'CONTROL_AND_EXPLOITATION'],
    technologies: ['GENERATIVE_AI_AND_DEEPFAKES', 'SOCIAL_MEDIA'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'CHILD_TRAFFICKING', 'TECHNOLOGY_FACILITATED'],
    indicators: [
      'Threats accompanied by images the person never took',
      'Demands escalate from money to new content or meetings',
      'Contact from accounts created days earlier',
    ],
    regions: ['GLOBAL', 'WESTERN_EUROPE', 'NORTH_AMERICA'],
    trend: 'EMERGING',
    sources: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    countermeasures: [],
  },
  {
    slug: 'generative-ai-mass-produced-ads-and-personas',
    title: 'Generative AI mass-producing ads and personas',
    summary:
      'Text and image generators produce large numbers of unique-looking ads and fake profiles, defeating moderation that relies on duplicate text or known images.',
    description: `## How it works
Each ad is reworded and each photo generated anew, so no two ads look alike. Fake personas with consistent histories make accounts look genuine.

## Why it matters
Duplicate-based signals stop working; platforms need behavioural and network signals instead. Shared with members only while platforms adapt.

## What helps
No practice linked yet.`,
    organization: 'pacific-trust-safety',
    stages: ['ADVERTISING_AND_SELLING'],
    technologies: ['GENERATIVE_AI_AND_DEEPFAKES', 'ONLINE_CLASSIFIEDS_AND_JOB_BOARDS'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION'],
    indicators: [
      'Many new ads with different text but identical contact or payment details',
      'Profile photos with generation artefacts (hands, backgrounds, text)',
    ],
    regions: ['GLOBAL'],
    trend: 'EMERGING',
    sources: [],
    visibility: 'MEMBERS',
    visibleTo: [],
    state: 'PUBLISHED',
    countermeasures: [],
  },
  {
    slug: 'rented-gig-platform-accounts',
    title: 'Rented gig-platform accounts hiding exploited workers',
    summary:
      'Delivery and ride-hailing accounts registered to legal residents are "rented" to undocumented workers, while a third party keeps most of the earnings.',
    description: `## How it works
An account holder or intermediary rents out a verified account. The worker does the deliveries, the earnings are paid to the account holder, and the worker gets a fraction after "rent" and "fees".

## Why it matters
The platform sees a compliant account; the worker has no contract, no protection and a growing debt.

## What helps
Detecting accounts whose earnings flow on to third parties, and targeted labour inspections.`,
    organization: 'baltic-labour-inspectorates',
    stages: ['CONTROL_AND_EXPLOITATION', 'FINANCIAL_FLOWS'],
    technologies: ['GIG_AND_LABOUR_PLATFORMS', 'ONLINE_PAYMENTS_AND_FINTECH'],
    formsOfExploitation: ['FORCED_LABOUR'],
    indicators: [
      'One account active for implausibly long hours every day',
      'Earnings forwarded at once to another account',
      'Face checks failing or done by a different person than the one working',
    ],
    regions: ['NORTHERN_EUROPE', 'WESTERN_EUROPE'],
    trend: 'EMERGING',
    sources: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    countermeasures: [
      { practice: 'shared-payroll-account-detection', approach: 'DETECTS', note: 'The same third-party control signals apply to platform payouts.' },
      { practice: 'labour-inspection-risk-scoring', approach: 'DETECTS', note: 'Platform delivery hubs added to the risk model.' },
    ],
  },
  {
    slug: 'recruitment-fees-through-online-labour-platforms',
    title: 'Recruitment fees collected through online labour platforms',
    summary:
      'Agents advertise jobs on online labour platforms and collect illegal recruitment fees by app or transfer, creating debts that bind workers once abroad.',
    description: `## How it works
Listings look like those of licensed agencies. Fees are split into small "processing", "visa" and "training" payments so that none looks large. The total is often several months' wages.

## Why it matters
Debt bondage is one of the most common means of control in forced labour, and the digital trail of the fees is rarely used as evidence.

## What helps
Tools that show workers the true cost and worker-voice channels that surface fees later.`,
    organization: 'imw-ca',
    stages: ['RECRUITMENT', 'FINANCIAL_FLOWS'],
    technologies: ['GIG_AND_LABOUR_PLATFORMS', 'ONLINE_PAYMENTS_AND_FINTECH'],
    formsOfExploitation: ['FORCED_LABOUR'],
    indicators: [
      'Several small payments requested under different names',
      'Fees payable to a personal account rather than a company',
      'Contract only shown after all fees are paid',
    ],
    regions: ['CENTRAL_ASIA', 'ASIAN_PARTNERS', 'MEDITERRANEAN_PARTNERS'],
    trend: 'ESTABLISHED',
    sources: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    countermeasures: [
      { practice: 'recruitment-fee-debt-calculator', approach: 'PREVENTS', note: 'Shows how long it would take to repay the fees at the promised wage.' },
      { practice: 'construction-worker-voice-app', approach: 'DETECTS', note: 'Workers report fees they paid; clusters point to agents.' },
      { practice: 'posted-workers-cross-border-check', approach: 'DETECTS', note: 'Declarations are checked against the agencies that charged workers.' },
    ],
  },
  {
    slug: 'control-through-phone-location-and-monitoring',
    title: 'Control through phone location sharing and monitoring',
    summary:
      'Exploiters keep people under control remotely by demanding constant location sharing, reading their messages and restricting who they can contact.',
    description: `## How it works
Workers are told to keep location sharing on and to answer calls at any time. Phones are checked or configured by the exploiter; contacts are limited to approved numbers.

## Why it matters
Physical confinement is no longer needed; people can appear free while being watched. Outreach must not put them at risk.

## What helps
Digital safety training and safe, moderated peer channels.`,
    organization: 'med-shelter-alliance',
    stages: ['CONTROL_AND_EXPLOITATION'],
    technologies: ['MESSAGING_AND_ENCRYPTED_APPS', 'SOCIAL_MEDIA'],
    formsOfExploitation: ['FORCED_LABOUR', 'SERVITUDE', 'SEXUAL_EXPLOITATION'],
    indicators: [
      'The person must share their location at all times',
      'Someone else knows their passwords or keeps their phone at night',
      'They answer calls from one number immediately, even at work',
    ],
    regions: ['SOUTHERN_EUROPE', 'MEDITERRANEAN_PARTNERS'],
    trend: 'ESTABLISHED',
    sources: [OSCE_ALLIANCE_19_NEWS],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    countermeasures: [
      { practice: 'shelter-digital-safety-training', approach: 'SUPPORTS_VICTIMS', note: 'Residents learn to check their phones for monitoring.' },
      { practice: 'domestic-workers-messaging-groups', approach: 'SUPPORTS_VICTIMS', note: 'Moderated groups give a safe contact that is hard to monitor.' },
    ],
  },
  {
    slug: 'journeys-coordinated-through-messengers-and-ride-apps',
    title: 'Journeys coordinated through messengers and ride apps',
    summary:
      'Movement is organised step by step through disappearing messages, shared locations and rides booked by a third party, so the person never knows the whole route.',
    description: `## How it works
At each stop the person receives the next instruction and a pin. Rides and tickets are booked from another account. Nobody travels with them, so controls see a lone traveller.

## Why it matters
Border and transport staff have little to notice; the coordinator is far away.

## What helps
Information points at crossings and outreach at transport hubs.`,
    organization: 'rmpo',
    stages: ['MOVEMENT'],
    technologies: ['MESSAGING_AND_ENCRYPTED_APPS', 'GIG_AND_LABOUR_PLATFORMS'],
    formsOfExploitation: ['FORCED_LABOUR', 'SEXUAL_EXPLOITATION'],
    indicators: [
      'Traveller does not know the final destination or who will meet them',
      'Tickets bought by a third party shortly before departure',
      'Frequent calls to receive instructions at each stop',
    ],
    regions: ['SOUTH_EASTERN_EUROPE', 'CENTRAL_EUROPE', 'MEDITERRANEAN_PARTNERS'],
    trend: 'ESTABLISHED',
    sources: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    countermeasures: [
      { practice: 'border-crossing-qr-information-points', approach: 'PREVENTS', note: 'Travellers learn where to get help on the way.' },
      { practice: 'truck-driver-rest-stop-outreach', approach: 'DETECTS', note: 'Drivers at rest stops are trained to notice lone, directed travellers.' },
    ],
  },
  {
    slug: 'travel-and-short-term-rentals-paid-by-third-parties',
    title: 'Travel and short-term rentals paid by third parties',
    summary:
      'Flights, buses and short-term rentals are booked online and paid by cards or wallets of people other than the traveller, moving victims between cities for exploitation.',
    description: `## How it works
One payer books travel and accommodation for several different people, often for short stays in rotating cities. Payments mix cards, wallets and prepaid instruments.

## Why it matters
The payment data exists in banks and booking platforms and can reveal networks when combined.

## What helps
Transaction typologies in banks and public–private information exchange.`,
    organization: 'nordic-payments-fcu',
    stages: ['MOVEMENT', 'FINANCIAL_FLOWS'],
    technologies: ['ONLINE_PAYMENTS_AND_FINTECH'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION'],
    indicators: [
      'One card pays travel for several unrelated travellers',
      'Short-term rentals booked for 2–3 nights in a series of cities',
      'Bookings paid shortly after deposits from many small senders',
    ],
    regions: ['NORTHERN_EUROPE', 'WESTERN_EUROPE'],
    trend: 'ESTABLISHED',
    sources: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    countermeasures: [
      { practice: 'trafficking-transaction-typologies', approach: 'DETECTS', note: 'Travel and rental spending by one payer for many people is a typology.' },
      { practice: 'public-private-financial-intelligence-exchange', approach: 'DISRUPTS', note: 'Banks and police share indicators about payers behind the bookings.' },
    ],
  },
  {
    slug: 'proceeds-laundered-through-crypto-exchanges',
    title: 'Proceeds laundered through cryptocurrency exchanges',
    summary:
      'Cash proceeds are converted into cryptocurrency through exchanges, kiosks and peer-to-peer traders, then moved across borders and cashed out elsewhere.',
    description: `## How it works
Cash is deposited in small amounts and exchanged, or sold to peer-to-peer traders. Funds pass through several wallets before reaching an exchange abroad.

## Why it matters
Trafficking proceeds reach organisers without passing through banks. Shared with members while typologies are validated.

## What helps
Cross-institution alerts; dedicated blockchain analytics are an open need.`,
    organization: 'nordic-payments-fcu',
    stages: ['FINANCIAL_FLOWS'],
    technologies: ['CRYPTOCURRENCIES'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR'],
    indicators: [
      'Frequent cash deposits just under reporting thresholds before crypto purchases',
      'Wallets receiving from many kiosks and paying out to one exchange abroad',
    ],
    regions: ['NORTHERN_EUROPE', 'GLOBAL'],
    trend: 'ESTABLISHED',
    sources: [],
    visibility: 'MEMBERS',
    visibleTo: [],
    state: 'PUBLISHED',
    countermeasures: [
      { practice: 'privacy-preserving-cross-bank-alerts', approach: 'DETECTS', note: 'Alerts about the fiat side of the conversions.' },
    ],
  },
  {
    slug: 'victims-accounts-used-as-money-mules',
    title: 'Victims’ bank and e-wallet accounts used as money mules',
    summary:
      'Accounts opened in the names of exploited people receive their wages and other proceeds, while the cards and app access are held by the exploiters.',
    description: `## How it works
Exploiters open accounts for workers or take over existing ones, keep the cards and passwords, and use the accounts to receive wages and move other money. The account holder may later face fraud charges.

## Why it matters
Victims are criminalised for money they never controlled, and the network stays hidden behind their names.

## What helps
Detecting third-party control of accounts, sharing typologies, and accounts for survivors that they control themselves.`,
    organization: 'nordic-payments-fcu',
    stages: ['FINANCIAL_FLOWS', 'CONTROL_AND_EXPLOITATION'],
    technologies: ['ONLINE_PAYMENTS_AND_FINTECH'],
    formsOfExploitation: ['FORCED_LABOUR', 'FORCED_CRIMINALITY'],
    indicators: [
      'Several accounts logged in from the same device or address',
      'Wages withdrawn in full on payday by someone other than the holder',
      'Account holder cannot say what their balance is',
    ],
    regions: ['NORTHERN_EUROPE', 'CENTRAL_EUROPE', 'WESTERN_EUROPE'],
    trend: 'ESTABLISHED',
    sources: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    countermeasures: [
      { practice: 'shared-payroll-account-detection', approach: 'DETECTS', note: 'Finds payroll accounts controlled by third parties.' },
      { practice: 'trafficking-transaction-typologies', approach: 'DETECTS', note: 'Mule behaviour is part of the typologies.' },
      { practice: 'basic-accounts-for-survivors', approach: 'SUPPORTS_VICTIMS', note: 'A fresh account the survivor alone controls.' },
      { practice: 'public-private-financial-intelligence-exchange', approach: 'DISRUPTS', note: 'Networks behind mule accounts are shared with police.' },
      { practice: 'privacy-preserving-cross-bank-alerts', approach: 'DETECTS', note: 'Accounts controlled from one device are seen across banks.' },
    ],
  },
  {
    slug: 'recruitment-into-online-scam-compounds',
    title: 'Recruitment into online scam compounds',
    summary:
      'Ads for customer-service, translation or IT jobs abroad lead people to compounds where they are forced to run online fraud, often paid in cryptocurrencies.',
    description: `## How it works
Offers target young people with language or computer skills and promise high salaries. On arrival, passports are taken and people are forced to run investment and romance scams, with fines and resale as threats.

## Why it matters
People are treated as offenders rather than victims, and the pattern spreads to new countries of recruitment.

## What helps
Job-offer checking; identification and non-punishment of those forced to commit crimes are gaps.`,
    organization: 'black-sea-protection',
    stages: ['RECRUITMENT', 'CONTROL_AND_EXPLOITATION'],
    technologies: ['SOCIAL_MEDIA', 'ONLINE_CLASSIFIEDS_AND_JOB_BOARDS', 'CRYPTOCURRENCIES'],
    formsOfExploitation: ['FORCED_CRIMINALITY', 'FORCED_LABOUR'],
    indicators: [
      'High salary for "customer service" with language skills, visa handled by the employer',
      'Travel routed through a third country to reach the workplace',
      'Work described as "online sales" with targets and fines',
    ],
    regions: ['ASIAN_PARTNERS', 'EASTERN_EUROPE', 'CENTRAL_ASIA'],
    trend: 'EMERGING',
    sources: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    countermeasures: [
      { practice: 'job-offer-checker-chatbot-ukraine', approach: 'PREVENTS', note: 'Scam-compound offers were added to the checker.' },
    ],
  },
  {
    slug: 'online-matchmaking-for-forced-marriages',
    title: 'Online matchmaking for forced and sham marriages',
    summary:
      'Matchmaking sites, dating apps and social media are used to arrange forced or sham marriages, sometimes advertised with payment to the family.',
    description: `## How it works
Profiles are created on behalf of young women; "brokers" negotiate with families and arrange travel for the marriage. Sham marriages are also arranged to obtain residence, after which exploitation follows.

## Why it matters
Consent is hard to assess from the outside, and the arrangements look like ordinary online matchmaking.

## What helps
Awareness campaigns online.`,
    organization: 'moi-cyber-ge',
    stages: ['RECRUITMENT', 'ADVERTISING_AND_SELLING'],
    technologies: ['DATING_APPS', 'SOCIAL_MEDIA'],
    formsOfExploitation: ['FORCED_MARRIAGE', 'SERVITUDE'],
    indicators: [
      'Profile managed by a relative or broker rather than the person',
      'Payment to the family discussed openly',
      'Marriage arranged within weeks with travel abroad',
    ],
    regions: ['SOUTH_CAUCASUS', 'CENTRAL_ASIA', 'SOUTH_EASTERN_EUROPE'],
    trend: 'ESTABLISHED',
    sources: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    countermeasures: [
      { practice: 'forced-marriage-online-awareness', approach: 'PREVENTS', note: 'The campaign runs on the same platforms the brokers use.' },
    ],
  },
  {
    slug: 'forced-begging-with-live-streams-and-mobile-payments',
    title: 'Forced begging through live streams and mobile payments',
    summary:
      'Children and people with disabilities are made to beg in live streams or next to payment QR codes, and the donations flow straight to the organisers’ accounts.',
    description: `## How it works
Streams show someone in distress asking for gifts or donations; in the street, QR codes replace the cup. Payments go to accounts the person never sees.

## Why it matters
The exploitation moves online and cashless, and existing street outreach does not see it.

## What helps
Nothing published yet; an outreach tool is still a draft.`,
    organization: 'saferoutes-network',
    stages: ['CONTROL_AND_EXPLOITATION', 'FINANCIAL_FLOWS'],
    technologies: ['LIVE_STREAMING', 'ONLINE_PAYMENTS_AND_FINTECH'],
    formsOfExploitation: ['FORCED_BEGGING', 'CHILD_TRAFFICKING'],
    indicators: [
      'The same person appears in streams run by different accounts',
      'Children streaming during school hours asking for gifts',
      'Payment QR codes leading to accounts in another person’s name',
    ],
    regions: ['SOUTH_EASTERN_EUROPE', 'WESTERN_EUROPE'],
    trend: 'EMERGING',
    sources: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    countermeasures: [],
  },
  {
    slug: 'organ-brokers-advertising-online',
    title: 'Organ brokers advertising online',
    summary:
      'Brokers recruit people in financial distress to sell a kidney through social media posts and forums, and advertise "transplant packages" to buyers.',
    description: `## How it works
Posts target people in debt with offers of large sums. Buyers are offered packages including travel and surgery abroad. Communication moves to private channels quickly.

## Why it matters
Sellers are rarely paid what was promised and receive no aftercare. Clinicians may be the only professionals who meet them.

## What helps
Training clinicians to recognise cases.`,
    organization: 'rmpo',
    stages: ['RECRUITMENT', 'ADVERTISING_AND_SELLING'],
    technologies: ['SOCIAL_MEDIA', 'DARK_WEB_MARKETS'],
    formsOfExploitation: ['ORGAN_REMOVAL'],
    indicators: [
      'Posts offering money for "kidney donation" with a private contact',
      'Medical tests arranged by a third party before travel',
    ],
    regions: ['MEDITERRANEAN_PARTNERS', 'EASTERN_EUROPE', 'GLOBAL'],
    trend: 'ESTABLISHED',
    sources: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    countermeasures: [
      { practice: 'organ-trafficking-clinician-e-learning', approach: 'DETECTS', note: 'Clinicians learn to spot sellers and brokered patients.' },
    ],
  },
  {
    slug: 'cloned-recruitment-agency-websites',
    title: 'Cloned recruitment-agency websites and fake visa portals',
    summary:
      'Copies of licensed agencies’ websites and fake visa portals collect fees and documents from job seekers and lend credibility to fraudulent offers.',
    description: `## How it works
A site copies a licensed agency's name, logo and licence number with a slightly different address. Ads on job boards and social media link to it. Fake visa portals ask for "processing fees".

## Why it matters
Job seekers who do check the licence are reassured by it.

## What helps
Pre-departure information on how to verify an agency, and community lists of suspicious offers.`,
    organization: 'calri',
    stages: ['RECRUITMENT', 'MOVEMENT'],
    technologies: ['ONLINE_CLASSIFIEDS_AND_JOB_BOARDS', 'SOCIAL_MEDIA'],
    formsOfExploitation: ['FORCED_LABOUR'],
    indicators: [
      'Agency website address differs slightly from the licensed one',
      'Visa fees payable to a personal account or in cryptocurrency',
      'Contact only by messenger, no office address that can be visited',
    ],
    regions: ['CENTRAL_ASIA', 'EASTERN_EUROPE'],
    trend: 'ESTABLISHED',
    sources: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    countermeasures: [
      { practice: 'pre-departure-orientation-app', approach: 'PREVENTS', note: 'Links to the official register of licensed agencies.' },
      { practice: 'community-suspicious-job-offers-list', approach: 'DETECTS', note: 'Cloned sites reported by the community were listed.' },
    ],
  },
  {
    slug: 'fishers-recruited-through-crewing-chats',
    title: 'Fishers recruited through crewing-agency chats',
    summary:
      'Crewing agents recruit fishers through messaging groups and online labour platforms, with contracts signed on a phone screen and travel arranged directly to the vessel.',
    description: `## How it works
Vacancies are posted in seafarer groups. Contracts are sent as images, often in a language the worker cannot read, and the worker joins the vessel in a foreign port. At sea, wages are withheld and contact is cut.

## Why it matters
Once at sea, workers are out of reach for months. Evidence must come from vessel tracking and port contacts.

## What helps
Satellite tracking of vessels and awareness among port and welfare staff.`,
    organization: 'open-newsroom',
    stages: ['RECRUITMENT', 'MOVEMENT'],
    technologies: ['MESSAGING_AND_ENCRYPTED_APPS', 'GIG_AND_LABOUR_PLATFORMS'],
    formsOfExploitation: ['FORCED_LABOUR'],
    indicators: [
      'Contract sent only as a photo, in a foreign language',
      'Travel arranged directly to a vessel in a foreign port',
      'Agent keeps the seafarer’s identity book “for processing”',
    ],
    regions: ['ASIAN_PARTNERS', 'GLOBAL'],
    trend: 'ESTABLISHED',
    sources: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    countermeasures: [
      { practice: 'satellite-tracking-fishing-vessels', approach: 'BUILDS_EVIDENCE', note: 'Vessel tracks corroborate workers’ accounts.' },
      { practice: 'port-and-seafarer-welfare-awareness', approach: 'DETECTS', note: 'Port staff learn what to ask crews from such agencies.' },
    ],
  },
  {
    slug: 'voice-cloning-calls-to-families',
    title: 'Voice-cloning calls to families',
    summary:
      'Draft: cloned voices of people working abroad are used in calls to their families to demand money or reassure them that all is well.',
    description: `## How it works
Short voice samples from social media are enough to clone a voice. Families receive calls that sound like their relative.

## Why it matters
Families are a safety net; this pattern cuts it. Still being researched.`,
    organization: 'cder',
    stages: ['CONTROL_AND_EXPLOITATION'],
    technologies: ['GENERATIVE_AI_AND_DEEPFAKES'],
    formsOfExploitation: ['FORCED_LABOUR'],
    indicators: ['A call from a relative abroad who refuses a video call or to answer a personal question'],
    regions: ['EASTERN_EUROPE'],
    trend: 'EMERGING',
    sources: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'DRAFT',
    countermeasures: [],
  },
];
