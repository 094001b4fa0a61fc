import { OSCE_ALLIANCE_19 } from './demo-misuse-patterns';

/** An item of the demo library: a practice or a misuse pattern, by slug. */
export type DemoItem = { practice: string } | { pattern: string };

export interface DemoEvent {
  slug: string;
  name: string;
  description: string;
  location: string;
  url: string | null;
  startsOn: string;
  endsOn: string;
  themes: { title: string; description: string }[];
  sessions: { title: string; description: string; theme: string; presented: DemoItem[] }[];
}

export interface DemoCollection {
  slug: string;
  title: string;
  introduction: string;
  items: (DemoItem & { note?: string })[];
}

const MISUSE = 'Technology misused by traffickers';
const COMBAT = 'Technology to combat trafficking';

/**
 * The 2019 conference that started this platform's two goals. The event itself is real; its
 * sessions and what was presented at them are demo content, not the actual programme.
 */
export const DEMO_EVENTS: DemoEvent[] = [
  {
    slug: 'alliance-against-trafficking-conference-2019',
    name: '19th Alliance against Trafficking in Persons Conference',
    description: `**Using Technology to Combat Trafficking in Human Beings: Turning a Liability into an Asset** — the OSCE Alliance against Trafficking in Persons conference held in Vienna in April 2019.

The conference looked at technology from both sides: how traffickers misuse it to recruit, advertise, move, control and exploit people and to move money, and how it can be developed and deployed to prevent trafficking, protect victims and prosecute traffickers.

*Demo content:* the sessions below and the practices and patterns marked as presented illustrate how this platform records an event; they are not the conference's actual programme.`,
    location: 'Vienna, Austria',
    url: OSCE_ALLIANCE_19.url,
    // Two days in April 2019 (8–9 April, as reported by participants and the OSCE).
    startsOn: '2019-04-08',
    endsOn: '2019-04-09',
    themes: [
      { title: MISUSE, description: 'How technology is misused to facilitate trafficking in human beings, so better responses can be built.' },
      { title: COMBAT, description: 'How technology can be developed, harmonised and deployed to prevent trafficking, protect victims and prosecute traffickers.' },
    ],
    sessions: [
      {
        title: 'Recruitment and advertising online',
        description: 'Social media, job boards, dating apps and classifieds as the first contact between traffickers and victims, and as shop windows.',
        theme: MISUSE,
        presented: [
          { pattern: 'fake-overseas-job-offers-in-social-media-groups' },
          { pattern: 'bait-and-switch-job-ads-on-classifieds' },
          { pattern: 'romance-lures-on-dating-apps' },
          { pattern: 'coded-adult-services-advertisements' },
        ],
      },
      {
        title: 'Following the money',
        description: 'Payments, fintech and cryptocurrencies in the business model of trafficking.',
        theme: MISUSE,
        presented: [
          { pattern: 'victims-accounts-used-as-money-mules' },
          { pattern: 'proceeds-laundered-through-crypto-exchanges' },
          { pattern: 'travel-and-short-term-rentals-paid-by-third-parties' },
        ],
      },
      {
        title: 'Control at a distance',
        description: 'Phones, messaging and live streaming as means of control and exploitation.',
        theme: MISUSE,
        presented: [{ pattern: 'control-through-phone-location-and-monitoring' }, { pattern: 'pay-per-view-live-streamed-child-abuse' }],
      },
      {
        title: 'Tools for identification and investigation',
        description: 'Image analysis, satellite data and case management for those who identify victims and investigate.',
        theme: COMBAT,
        presented: [{ practice: 'hotel-room-image-recognition' }, { practice: 'satellite-tracking-fishing-vessels' }, { practice: 'nrm-case-management-platform' }],
      },
      {
        title: 'Technology for prevention and victim support',
        description: 'Hotlines, apps and calculators that reach people before and after exploitation.',
        theme: COMBAT,
        presented: [
          { practice: 'saferoutes-multichannel-hotline' },
          { practice: 'pre-departure-orientation-app' },
          { practice: 'recruitment-fee-debt-calculator' },
          { practice: 'domestic-workers-messaging-groups' },
        ],
      },
      {
        title: 'Partnerships with the financial and technology sectors',
        description: 'What banks, payment providers and technology companies can do together with public authorities and civil society.',
        theme: COMBAT,
        presented: [
          { practice: 'trafficking-transaction-typologies' },
          { practice: 'public-private-financial-intelligence-exchange' },
          { practice: 'basic-accounts-for-survivors' },
          { practice: 'tech-pro-bono-matching' },
        ],
      },
    ],
  },
];

export const DEMO_COLLECTIONS: DemoCollection[] = [
  {
    slug: 'tools-for-the-financial-sector',
    title: 'Tools for the financial sector',
    introduction: `Trafficking is a business, and its money passes through banks, payment apps and exchanges. This collection starts with how payments are misused, then lists what financial institutions already do about it.

Start with the patterns, then look for the practices that match your role: detection in compliance teams, information exchange with authorities, and accounts for survivors.`,
    items: [
      { pattern: 'victims-accounts-used-as-money-mules', note: 'The most common pattern banks meet without recognising it.' },
      { pattern: 'travel-and-short-term-rentals-paid-by-third-parties' },
      { pattern: 'proceeds-laundered-through-crypto-exchanges', note: 'Members only while typologies are validated.' },
      { pattern: 'pay-per-view-live-streamed-child-abuse', note: 'A gap: no published practice counters it yet.' },
      { practice: 'trafficking-transaction-typologies', note: 'Restricted to financial-sector and government members.' },
      { practice: 'shared-payroll-account-detection' },
      { practice: 'privacy-preserving-cross-bank-alerts' },
      { practice: 'public-private-financial-intelligence-exchange' },
      { practice: 'basic-accounts-for-survivors', note: 'Protection as well as detection.' },
    ],
  },
  {
    slug: 'online-platforms-misuse-and-response',
    title: 'Online platforms: misuse and response',
    introduction: `How job boards, classifieds, social media and messaging services are misused to recruit and advertise — and what platforms, researchers and authorities do in response.

Several patterns here have no countermeasure yet, notably those involving generative AI. If your organization works on them, link your practice to the pattern.`,
    items: [
      { pattern: 'bait-and-switch-job-ads-on-classifieds' },
      { practice: 'classified-job-ad-risk-screening-nl' },
      { practice: 'classifieds-job-ad-screening-jp' },
      { pattern: 'coded-adult-services-advertisements' },
      { practice: 'escort-ad-moderation-signals' },
      { practice: 'exploitative-ad-hash-sharing' },
      { practice: 'platform-trafficking-transparency-reporting' },
      { pattern: 'selling-shifts-to-encrypted-channels' },
      { pattern: 'generative-ai-mass-produced-ads-and-personas', note: 'Duplicate-based moderation no longer works here.' },
      { pattern: 'deepfake-recruiters-in-video-interviews', note: 'A gap: no countermeasure yet.' },
    ],
  },
];
