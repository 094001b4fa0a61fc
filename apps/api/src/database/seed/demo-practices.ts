import type { DemoPractice } from './demo-practices.types';

/**
 * Demo practices: fictional tools, initiatives and policies written for the demo, spread across
 * the whole field so that every filter, taxonomy code and screen has something to show. None of
 * them is a real project, and no victim or survivor is described: survivors appear only as
 * survivor advisers or survivor-led collectives. Links point to example.org.
 *
 * A few pairs are deliberately similar (two job-offer chatbots, two OSINT courses, two
 * classified-ad screeners) so the duplicate detection has something to find, and one body
 * carries a harmless script tag and javascript: link so the sanitiser can be seen at work.
 */
export const DEMO_PRACTICES: DemoPractice[] = [
  // ── National Anti-Trafficking Coordination Office (GOVERNMENT, AT) ─────────────────────────
  {
    slug: 'nrm-case-management-platform',
    title: 'National referral mechanism case-management platform',
    summary:
      'A secure web platform that lets police, labour inspectors, NGOs and social services refer a presumed victim once, record consent, and follow the case through assistance, residence and compensation steps without the person having to repeat their account to every agency.',
    body: `## Problem
Before the platform, a presumed victim could be interviewed by four or five agencies in the first weeks, each keeping its own paper file. Referrals were lost between offices, nobody could say how long people waited for a reflection-period decision, and the national rapporteur had to reconcile incompatible spreadsheets once a year.

## Approach
The coordination office convened every agency that signed the national referral mechanism and agreed one shared referral form, a consent model and a short list of case milestones. Each agency sees only the fields it needs; the person concerned decides which agencies may see the file, and consent can be withdrawn at any time.

## Technology
A role-based web platform hosted on government infrastructure, with field-level access control, an audit log of every view, and pseudonymised statistics exported nightly to a dashboard. Identity details are stored apart from case notes and deleted on a fixed schedule.

## Results and evidence
An internal evaluation after three years found that the median time from first contact to a reflection-period decision fell from 19 to 8 days, and NGO case workers reported far fewer duplicate interviews.

## Lessons
- Agree the data-protection model before writing any code.
- Train front-line staff in person; the online manual alone was not enough.
- Keep the referral form short: almost every optional field was left empty.
`,
    organization: 'natco-at',
    partners: ['saferoutes-network', 'rmpo'],
    contributors: ['orgadmin@example.org', 'editor@example.org'],
    focusAreas: ['PROTECTION', 'PARTNERSHIP'],
    purposes: ['VICTIM_PROTECTION_AND_SUPPORT', 'IDENTIFICATION_AND_INVESTIGATION'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'FORCED_CRIMINALITY'],
    technologies: ['WEB_PLATFORM', 'DATA_ANALYTICS'],
    targetUsers: ['NGOS_AND_SERVICE_PROVIDERS', 'LAW_ENFORCEMENT', 'GOVERNMENTS_AND_POLICY_MAKERS'],
    sectors: [],
    countries: ['AT'],
    regions: ['WESTERN_EUROPE'],
    global: false,
    languages: ['de', 'en'],
    status: 'ACTIVE',
    yearStarted: 2017,
    yearEnded: null,
    links: [{ label: 'Referral form (demo)', url: 'https://example.org/natco/nrm-form' }],
    contact: 'NRM secretariat, nrm@example.org',
    evidenceLevel: 'INTERNAL_EVALUATION',
    survivorInvolvement: 'CONSULTED',
    sdg87: true,
    iloIndicators: [],
    visibility: 'MEMBERS',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        summary:
          'A secure web platform that lets police, labour inspectors, NGOs and social services refer a presumed victim once, record consent, and follow the case through assistance, residence and compensation steps. Since 2024 it also exports pseudonymised figures for the national rapporteur.',
      },
      { title: 'National referral mechanism (NRM) case-management platform' },
    ],
    endorsedBy: [
      {
        organization: 'black-sea-protection',
        kind: 'REPLICATED',
        comment: 'Adapted the consent model for our regional pilot.',
      },
      { organization: 'med-shelter-alliance', kind: 'USES' },
    ],
    bookmarkedBy: ['editor@example.org', 'moderator@example.org'],
  },
  {
    slug: 'osint-course-police-at',
    title: 'Online OSINT course for anti-trafficking police units',
    summary:
      'A self-paced online course that teaches police investigators how to collect open-source intelligence on trafficking networks (recruitment posts, advertisements, company registers) lawfully, safely and in a form that holds up in court.',
    body: `## Problem
Investigators increasingly find the first traces of trafficking online: a recruitment post, an advertisement, a company that exists only as a website. Most had never been taught how to search systematically, how to avoid alerting suspects, or how to preserve what they found as evidence.

## Approach
The coordination office worked with the police academy to build a six-module course, each module ending with an exercise on a fictional case. Trainers from the cybercrime unit host a monthly live clinic for questions.

## Technology
The course runs on the academy e-learning platform. Exercises use a sandboxed browser image and a mock social network filled with synthetic profiles, so that no real person is searched during training.

## Results and evidence
Monitoring data from the first four cohorts: 410 officers enrolled, 72% completed all modules, and pre/post tests showed the largest gains in evidence preservation and operational security.

## How to replicate
The module outlines and the synthetic case are available to other police academies on request. Plan time for legal review: the rules on online investigation differ between countries.
`,
    organization: 'natco-at',
    partners: ['moi-cyber-ge'],
    contributors: ['orgadmin@example.org'],
    focusAreas: ['PROSECUTION'],
    purposes: ['CAPACITY_BUILDING_AND_RESEARCH', 'IDENTIFICATION_AND_INVESTIGATION'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'TECHNOLOGY_FACILITATED'],
    technologies: ['E_LEARNING', 'OPEN_SOURCE_INTELLIGENCE'],
    targetUsers: ['LAW_ENFORCEMENT'],
    sectors: ['ONLINE_PLATFORMS'],
    countries: ['AT', 'DE', 'CH'],
    regions: ['WESTERN_EUROPE'],
    global: false,
    languages: ['de', 'en'],
    status: 'ACTIVE',
    yearStarted: 2020,
    yearEnded: null,
    links: [],
    contact: 'Police academy liaison, training@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'NONE',
    sdg87: false,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [
      {
        organization: 'baltic-labour-inspectorates',
        kind: 'USES',
        comment: 'Two modules used for inspectors.',
      },
    ],
    bookmarkedBy: ['member@example.org'],
  },
  {
    slug: 'national-action-plan-dashboard',
    title: 'Public dashboard for the national action plan against trafficking',
    summary:
      'An open dashboard that tracks each measure of the national action plan, the responsible ministry, its budget and progress, and publishes aggregated, non-identifying statistics on identified victims and prosecutions every quarter.',
    body: `## Problem
Civil society and parliament had no simple way to see whether the measures promised in the national action plan were carried out. Progress reports appeared two years late and mixed outputs with outcomes.

## Approach
Every measure now has an owner, a deadline and one or two indicators. Ministries update their measures quarterly; the coordination office checks the figures and publishes them. Statistics on identified persons are aggregated and small numbers are suppressed so that nobody can be recognised.

## Technology
A static web dashboard generated from a shared spreadsheet, with open data downloads in CSV. The statistical disclosure rules (no cell below five) are applied automatically before publication.

## Results and evidence
Monitoring data show that the share of measures reported on time rose from about half to 88% within two years. Parliament now refers to the dashboard in its annual debate.

## Lessons
Publishing the data created pressure to keep it current. Resist the temptation to add dozens of indicators: the short list is what people actually read.
`,
    organization: 'natco-at',
    partners: [],
    contributors: ['orgadmin@example.org', 'admin@example.org'],
    focusAreas: ['PARTNERSHIP', 'PREVENTION'],
    purposes: ['CAPACITY_BUILDING_AND_RESEARCH'],
    formsOfExploitation: [],
    technologies: ['DATA_ANALYTICS', 'WEB_PLATFORM'],
    targetUsers: ['GOVERNMENTS_AND_POLICY_MAKERS', 'GENERAL_PUBLIC', 'RESEARCHERS'],
    sectors: [],
    countries: ['AT'],
    regions: ['WESTERN_EUROPE'],
    global: false,
    languages: ['de', 'en'],
    status: 'ACTIVE',
    yearStarted: 2019,
    yearEnded: null,
    links: [
      { label: 'Dashboard (demo)', url: 'https://example.org/natco/nap-dashboard' },
      { label: 'Open data download', url: 'https://example.org/natco/nap-data.csv' },
    ],
    contact: 'Programme team, practices@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'NONE',
    sdg87: true,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        summary:
          'An open dashboard that tracks each measure of the national action plan, the responsible ministry, its budget and progress, and publishes aggregated, non-identifying statistics every quarter. The 2025 update added open-data downloads.',
      },
    ],
    endorsedBy: [
      {
        organization: 'rmpo',
        kind: 'USES',
        comment: 'Cited as a model in our regional monitoring guidance.',
      },
    ],
    bookmarkedBy: [],
  },
  {
    slug: 'compensation-claims-digital-guide',
    title: 'Digital guide to compensation claims for trafficked persons',
    summary:
      'An idea for a plain-language, step-by-step online guide that helps trafficked persons and their lawyers prepare compensation claims in criminal, civil and state-fund procedures, co-designed with survivor advisers.',
    body: `## Problem
Very few trafficked persons receive compensation, although the law provides three routes to it. Lawyers and counsellors told us that claims fail for avoidable reasons: missed deadlines, missing evidence of lost wages, or not knowing the state fund exists.

## Approach
We propose an interactive guide that asks a few questions and shows which routes are open, which documents are needed and which deadlines apply. Survivor advisers have joined two design workshops and will test the wording before anything is published.

## Technology
A simple web application with no user accounts and no data stored: answers stay in the browser. A printable checklist can be handed to a lawyer.

## How to replicate
Not yet: the guide is at the idea stage. We are looking for partners in other countries who would like to adapt the question tree to their own compensation rules.
`,
    organization: 'natco-at',
    partners: ['med-shelter-alliance'],
    contributors: ['orgadmin@example.org'],
    focusAreas: ['PROTECTION', 'PROSECUTION'],
    purposes: ['VICTIM_PROTECTION_AND_SUPPORT', 'PROSECUTION_AND_EVIDENCE'],
    formsOfExploitation: ['FORCED_LABOUR', 'SEXUAL_EXPLOITATION', 'SERVITUDE'],
    technologies: ['WEB_PLATFORM'],
    targetUsers: [
      'SURVIVORS_AND_PEOPLE_AT_RISK',
      'PROSECUTORS_AND_JUDICIARY',
      'NGOS_AND_SERVICE_PROVIDERS',
    ],
    sectors: [],
    countries: ['AT'],
    regions: ['WESTERN_EUROPE'],
    global: false,
    languages: ['de', 'en', 'ro'],
    status: 'IDEA',
    yearStarted: 2026,
    yearEnded: null,
    links: [],
    contact: null,
    evidenceLevel: 'NONE',
    survivorInvolvement: 'CO_DESIGNED',
    sdg87: false,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'DRAFT',
    revisions: [],
    endorsedBy: [],
    bookmarkedBy: [],
  },
  {
    slug: 'frontline-identification-checklist-app',
    title: 'Identification checklist app for frontline officers',
    summary:
      'A mobile checklist of trafficking indicators for border guards and patrol officers, with a one-tap referral to the national hotline. Discontinued after four years; the indicators were moved into the national case-management platform.',
    body: `## Problem
Frontline officers meet potential victims at borders, in traffic checks and during raids, but rarely have the indicators at hand and often did not know whom to call.

## Approach
A short app listed indicators by form of exploitation and offered a one-tap call to the national hotline. It was distributed on service phones.

## Results and evidence
Monitoring data showed steady installation figures but very low use: on average the checklist was opened less than once per officer per year, and referrals through the app were rare.

## Lessons
The app was discontinued in 2018. What we learned:
- A separate app on a service phone is easily forgotten; indicators belong inside the tools officers already use every day.
- Keeping indicator lists current in several languages needs a budget line, not goodwill.
- Officers valued the phone number far more than the checklist; the number now appears on the back of every service card.
- Asking survivor advisers earlier would have shown that some indicators were worded in a way that alienated the people concerned.
`,
    organization: 'natco-at',
    partners: [],
    contributors: ['orgadmin@example.org'],
    focusAreas: ['PROTECTION', 'PROSECUTION'],
    purposes: ['IDENTIFICATION_AND_INVESTIGATION'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'FORCED_BEGGING'],
    technologies: ['MOBILE_APP'],
    targetUsers: ['LAW_ENFORCEMENT'],
    sectors: [],
    countries: ['AT'],
    regions: ['WESTERN_EUROPE'],
    global: false,
    languages: ['de'],
    status: 'DISCONTINUED',
    yearStarted: 2014,
    yearEnded: 2018,
    links: [],
    contact: null,
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'NONE',
    sdg87: false,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'ARCHIVED',
    revisions: [],
    endorsedBy: [],
    bookmarkedBy: [],
  },
  // ── SafeRoutes Network (CIVIL_SOCIETY, MD) ──────────────────────────────────────────────────
  {
    slug: 'saferoutes-multichannel-hotline',
    title: 'Multichannel anti-trafficking hotline with messenger integration',
    summary:
      'A free hotline that people considering work abroad, their families and presumed victims can reach by phone, SMS and popular messenger apps. Counsellors check job offers, explain rights and refer callers to shelters, lawyers or police with their consent.',
    body: `## Problem
Young people in rural areas rarely phone a hotline, but they message all day. Calls to our old landline number were falling while recruitment through messenger groups was growing.

## Approach
We kept the phone line and added text channels answered by the same trained counsellors. Each conversation follows a short protocol: understand the situation, check the offer or the employer, explain options, and refer only when the person agrees. Two survivor advisers reviewed the scripts and trained the team on how to ask without blaming.

## Technology
A shared inbox collects phone call notes, SMS and messenger conversations in one queue. Messages are deleted from the vendor platform after 30 days; anonymised statistics (channel, topic, country of destination) are kept for reporting.

## Results and evidence
An independent evaluation in 2022 found that text channels tripled the number of first contacts from people under 25, and that most callers asked about a concrete job offer before departure rather than after exploitation had begun.

## How to replicate
Start with one messenger channel, not five. Budget for night shifts, and write a referral agreement with each service before you promise callers a referral. See the [counsellor protocol](https://example.org/saferoutes/protocol).
`,
    organization: 'saferoutes-network',
    partners: ['rmpo'],
    contributors: ['editor@example.org'],
    focusAreas: ['PREVENTION', 'PROTECTION'],
    purposes: ['PREVENTION_AND_AWARENESS', 'VICTIM_PROTECTION_AND_SUPPORT'],
    formsOfExploitation: ['FORCED_LABOUR', 'SEXUAL_EXPLOITATION', 'SERVITUDE'],
    technologies: ['HOTLINE_CHATBOT_AND_MESSAGING'],
    targetUsers: ['SURVIVORS_AND_PEOPLE_AT_RISK', 'GENERAL_PUBLIC'],
    sectors: ['AGRICULTURE', 'CONSTRUCTION', 'DOMESTIC_WORK'],
    countries: ['MD', 'RO'],
    regions: ['EASTERN_EUROPE', 'SOUTH_EASTERN_EUROPE'],
    global: false,
    languages: ['ro', 'ru', 'en'],
    status: 'ACTIVE',
    yearStarted: 2013,
    yearEnded: null,
    links: [{ label: 'Counsellor protocol', url: 'https://example.org/saferoutes/protocol' }],
    contact: 'Hotline coordinator, hotline@example.org',
    evidenceLevel: 'INDEPENDENT_EVALUATION',
    survivorInvolvement: 'CONSULTED',
    sdg87: true,
    iloIndicators: ['DECEPTION', 'ABUSE_OF_VULNERABILITY'],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        status: 'SCALED',
        summary:
          'A free hotline reachable by phone, SMS and messenger apps, now run in two countries by partner NGOs using the same protocol. Counsellors check job offers, explain rights and refer callers to shelters, lawyers or police with their consent.',
      },
    ],
    endorsedBy: [
      {
        organization: 'safe-work-ua',
        kind: 'REPLICATED',
        comment: 'We adapted the counsellor protocol for displaced people.',
      },
      { organization: 'calri', kind: 'USES' },
      { organization: 'natco-at', kind: 'USES', comment: 'Listed in our referral directory.' },
    ],
    bookmarkedBy: ['orgadmin@example.org', 'newcomer@example.org', 'member@example.org'],
  },
  {
    slug: 'shelter-bed-availability-map',
    title: 'Shared shelter-bed availability map for NGOs',
    summary:
      'A pilot web map showing, in real time, which partner shelters have a free place and what kind (women, men, families, minors), so that hotline counsellors and outreach workers can place a person in one call instead of ten.',
    body: `## Problem
When a hotline counsellor needed an emergency place, they phoned shelter after shelter, sometimes late at night, while the person waited in an unsafe situation.

## Approach
Partner shelters update their free places from a phone in under a minute. The map shows only the town, the type of place and a contact number: never the shelter address, which is given by phone to verified partners only.

## Technology
A small web application with a map layer, available only to accounts of partner organisations. Location is shown at town level; the underlying coordinates are not stored.

## Results and evidence
Monitoring data from the six-month pilot: 14 shelters joined, and the average time to find a place fell from several hours to under 40 minutes. Shelters forgot to update at weekends, so we added an automatic reminder.

## Lessons
Start with the shelters that already trust each other. The hardest part was not the map but agreeing what "free" means.
`,
    organization: 'saferoutes-network',
    partners: ['safe-work-ua'],
    contributors: ['editor@example.org'],
    focusAreas: ['PROTECTION', 'PARTNERSHIP'],
    purposes: ['VICTIM_PROTECTION_AND_SUPPORT'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR'],
    technologies: ['WEB_PLATFORM', 'GEOLOCATION_AND_SATELLITE_IMAGERY'],
    targetUsers: ['NGOS_AND_SERVICE_PROVIDERS'],
    sectors: [],
    countries: ['MD', 'UA', 'RO'],
    regions: ['EASTERN_EUROPE', 'SOUTH_EASTERN_EUROPE'],
    global: false,
    languages: ['ro', 'uk', 'ru'],
    status: 'PILOT',
    yearStarted: 2023,
    yearEnded: null,
    links: [],
    contact: 'Shelter network, shelters@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'NONE',
    sdg87: false,
    iloIndicators: [],
    visibility: 'MEMBERS',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        status: 'ACTIVE',
        summary:
          'A web map showing, in real time, which partner shelters have a free place and what kind, so that hotline counsellors and outreach workers can place a person in one call. After the pilot it became part of our regular service.',
      },
    ],
    endorsedBy: [
      {
        organization: 'med-shelter-alliance',
        kind: 'REPLICATED',
        comment: 'Copied for our Mediterranean shelters.',
      },
    ],
    bookmarkedBy: [],
  },
  {
    slug: 'survivor-peer-support-app',
    title: 'Survivor-led peer-support app',
    summary:
      'A mobile app designed and run by a survivor-led collective: trained peer supporters answer messages, share practical information on housing, work and legal rights, and host moderated group conversations. No real names are needed.',
    body: `## Problem
After leaving a shelter, many people lose contact with anyone who understands what they went through. Professional services end; loneliness and new debts make people vulnerable to being recruited again.

## Approach
A survivor-led collective designed the app, chose its features and sets its rules. Peer supporters are paid, trained in safeguarding and supervised by a psychologist. The collective decides which organisations may promote the app.

## Technology
A mobile app with nicknames instead of real names, disappearing messages by default, and a quick-exit button that switches to a weather screen. Group rooms are moderated; no location data are collected.

## Results and evidence
Monitoring data: about 300 active users in the second year; the most used feature is the practical library on rent, bank accounts and job contracts, not the chat. An internal evaluation is under way.

## Lessons
Paying peer supporters properly is essential. Design decisions made by the collective, such as no push notifications, were initially questioned by funders but proved right for safety.
`,
    organization: 'saferoutes-network',
    partners: [],
    contributors: ['editor@example.org', 'moderator@example.org'],
    focusAreas: ['PROTECTION'],
    purposes: ['VICTIM_PROTECTION_AND_SUPPORT'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'SERVITUDE'],
    technologies: ['MOBILE_APP', 'HOTLINE_CHATBOT_AND_MESSAGING'],
    targetUsers: ['SURVIVORS_AND_PEOPLE_AT_RISK'],
    sectors: [],
    countries: ['MD'],
    regions: ['EASTERN_EUROPE'],
    global: false,
    languages: ['ro', 'ru'],
    status: 'ACTIVE',
    yearStarted: 2021,
    yearEnded: null,
    links: [],
    contact: 'Peer-support collective, peers@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'SURVIVOR_LED',
    sdg87: true,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [
      {
        organization: 'taec',
        kind: 'USES',
        comment: 'Recommended to members designing survivor tools.',
      },
      { organization: 'med-shelter-alliance', kind: 'USES' },
    ],
    bookmarkedBy: ['admin@example.org', 'moderator@example.org'],
  },
  {
    slug: 'village-sms-safe-migration',
    title: 'SMS campaign on safe migration for rural villages',
    summary:
      'Bulk SMS messages with safe-migration tips and the hotline number, sent to mobile subscribers in rural districts during the seasonal recruitment peak. Discontinued after four seasons; we share why.',
    body: `## Problem
Recruiters for seasonal work abroad were most active in villages with few NGOs and little internet access.

## Approach
With a mobile operator, we sent short SMS messages to subscribers in selected districts each spring: how to check a job offer, why never to hand over a passport, and the hotline number.

## Results and evidence
Calls to the hotline rose during each campaign week, but monitoring data could not show whether anyone changed their decision. Complaints about unsolicited messages grew each year.

## Lessons
We stopped in 2019. Lessons for others:
- Unsolicited messages damage trust; people began to treat our number as spam.
- One message cannot carry a complex warning. Conversations, not broadcasts, changed decisions.
- Operator data-protection rules changed and opt-in lists became too small to matter.
- The money was better spent on the messenger channels of our hotline, which people contact themselves.
`,
    organization: 'saferoutes-network',
    partners: [],
    contributors: ['editor@example.org'],
    focusAreas: ['PREVENTION'],
    purposes: ['PREVENTION_AND_AWARENESS'],
    formsOfExploitation: ['FORCED_LABOUR'],
    technologies: ['HOTLINE_CHATBOT_AND_MESSAGING'],
    targetUsers: ['GENERAL_PUBLIC', 'SURVIVORS_AND_PEOPLE_AT_RISK'],
    sectors: ['AGRICULTURE'],
    countries: ['MD'],
    regions: ['EASTERN_EUROPE'],
    global: false,
    languages: ['ro', 'ru'],
    status: 'DISCONTINUED',
    yearStarted: 2015,
    yearEnded: 2019,
    links: [],
    contact: null,
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'NONE',
    sdg87: false,
    iloIndicators: ['DECEPTION', 'RETENTION_OF_IDENTITY_DOCUMENTS'],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'ARCHIVED',
    revisions: [],
    endorsedBy: [],
    bookmarkedBy: [],
  },
  {
    slug: 'street-outreach-logbook-forced-begging',
    title: 'Street outreach logbook for children in forced begging',
    summary:
      'A draft pilot of an offline-first logbook app for street social workers who meet children begging in city centres: it records anonymised contacts, indicators of control by adults and referrals to child protection, without photographs or names.',
    body: `## Problem
Street social workers meet the same children week after week but record contacts on paper, if at all. Patterns that suggest organised forced begging, such as children rotated between cities or handed over at fixed times, go unnoticed.

## Approach
Social workers log each contact with a code rather than a name, choose indicators from a short list and note any referral to child-protection services. Supervisors review patterns monthly with the child-protection authority.

## Technology
An offline-first mobile app that syncs when a connection is available and encrypts everything on the device. It collects no photographs and no precise locations, only the district.

## Lessons
Still a draft: we are testing the indicator list with child-protection specialists before the pilot starts, and need a clear rule on when a pattern is shared with police.
`,
    organization: 'saferoutes-network',
    partners: [],
    contributors: ['editor@example.org'],
    focusAreas: ['PROTECTION', 'PREVENTION'],
    purposes: ['IDENTIFICATION_AND_INVESTIGATION', 'VICTIM_PROTECTION_AND_SUPPORT'],
    formsOfExploitation: ['FORCED_BEGGING', 'CHILD_TRAFFICKING'],
    technologies: ['MOBILE_APP', 'DATA_ANALYTICS'],
    targetUsers: ['NGOS_AND_SERVICE_PROVIDERS'],
    sectors: [],
    countries: ['MD'],
    regions: ['EASTERN_EUROPE'],
    global: false,
    languages: ['ro'],
    status: 'PILOT',
    yearStarted: 2025,
    yearEnded: null,
    links: [],
    contact: null,
    evidenceLevel: 'NONE',
    survivorInvolvement: 'CONSULTED',
    sdg87: false,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'DRAFT',
    revisions: [],
    endorsedBy: [],
    bookmarkedBy: [],
  },
  // ── Nordic Payments Alliance – Financial Crime Unit (PRIVATE_SECTOR, SE) ────────────────────
  {
    slug: 'trafficking-transaction-typologies',
    title: 'Transaction-monitoring typologies for trafficking-linked payments',
    summary:
      'A shared set of red-flag typologies that banks use to detect payment patterns linked to sexual and labour exploitation, such as many small rent payments for one flat, advertising fees paid at night, and wages moved on within hours to a third party.',
    body: `## Problem
Trafficking generates money that passes through ordinary bank accounts, but generic anti-money-laundering rules rarely catch it: the amounts are small and the patterns look like everyday life.

## Approach
Analysts from several banks, the financial intelligence unit and two NGOs worked through closed, anonymised cases and wrote typologies: combinations of signals that, together, justify a closer look. Each typology states its typical false positives.

## Technology
Typologies are encoded as rules and scoring features in each bank's own transaction-monitoring system. No customer data are shared between banks; only the typologies and aggregate hit rates are.

## Results and evidence
Suspicious-activity reports mentioning trafficking from participating banks rose sharply in the first two years; the financial intelligence unit rates their quality higher than average. Detailed figures are shared with members only.

## How to replicate
Bring an NGO to the table: their knowledge of how exploitation works in practice made the typologies sharper than any data exercise. Review the rules yearly, because patterns move.
`,
    organization: 'nordic-payments-fcu',
    partners: ['natco-at'],
    contributors: ['member@example.org'],
    focusAreas: ['PROSECUTION', 'PARTNERSHIP'],
    purposes: ['IDENTIFICATION_AND_INVESTIGATION'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR'],
    technologies: ['FINANCIAL_TRANSACTION_MONITORING', 'DATA_ANALYTICS'],
    targetUsers: ['FINANCIAL_INSTITUTIONS', 'LAW_ENFORCEMENT'],
    sectors: ['SEX_INDUSTRY', 'CONSTRUCTION'],
    countries: ['SE', 'NO', 'DK', 'FI'],
    regions: ['NORTHERN_EUROPE'],
    global: false,
    languages: ['en', 'sv'],
    status: 'SCALED',
    yearStarted: 2016,
    yearEnded: null,
    links: [],
    contact: 'Financial crime unit, fcu@example.org',
    evidenceLevel: 'INTERNAL_EVALUATION',
    survivorInvolvement: 'NONE',
    sdg87: true,
    iloIndicators: ['DEBT_BONDAGE', 'WITHHOLDING_OF_WAGES'],
    visibility: 'RESTRICTED',
    visibleTo: ['GOVERNMENT', 'PRIVATE_SECTOR'],
    state: 'PUBLISHED',
    revisions: [
      {
        summary:
          'A shared set of red-flag typologies that banks in four countries use to detect payment patterns linked to sexual and labour exploitation. The 2024 revision adds typologies for online advertising payments and for wages moved on within hours to a third party.',
      },
    ],
    endorsedBy: [
      { organization: 'taec', kind: 'USES' },
      {
        organization: 'baltic-labour-inspectorates',
        kind: 'USES',
        comment: 'Labour typologies match our inspection findings.',
      },
    ],
    bookmarkedBy: ['member@example.org'],
  },
  {
    slug: 'shared-payroll-account-detection',
    title: 'Detecting payroll accounts controlled by third parties',
    summary:
      'A machine-learning model that flags accounts where the wages of many workers are paid in and withdrawn by the same device or person, a pattern seen in cases of withheld wages and debt bondage in construction and cleaning.',
    body: `## Problem
In several labour-exploitation cases, workers never had access to their own bank accounts: a gang master opened them, kept the cards and withdrew the wages on payday.

## Approach
We trained a model on features that the bank already holds: many accounts opened in a short period with the same address, logins from one device for several accounts, and cash withdrawals shortly after each salary payment. Alerts go to human analysts, who decide whether to report.

## Technology
A gradient-boosted model running inside the bank's monitoring platform, with explanations for every alert. The model never uses nationality or ethnicity as a feature, and false positives are reviewed quarterly for bias.

## Results and evidence
An internal evaluation found that one alert in five led to a report to the financial intelligence unit, far above the rate of generic rules. Detailed indicators are restricted to prevent criminals from adapting.

## Lessons
Working with labour inspectors helped us understand which sectors to watch. Explainability was essential to get analysts to trust the alerts.
`,
    organization: 'nordic-payments-fcu',
    partners: ['baltic-labour-inspectorates'],
    contributors: ['member@example.org'],
    focusAreas: ['PROSECUTION'],
    purposes: ['IDENTIFICATION_AND_INVESTIGATION'],
    formsOfExploitation: ['FORCED_LABOUR'],
    technologies: ['ARTIFICIAL_INTELLIGENCE', 'FINANCIAL_TRANSACTION_MONITORING'],
    targetUsers: ['FINANCIAL_INSTITUTIONS'],
    sectors: ['CONSTRUCTION', 'LOGISTICS_AND_TRANSPORT'],
    countries: ['SE', 'LT'],
    regions: ['NORTHERN_EUROPE'],
    global: false,
    languages: ['en', 'sv', 'lt'],
    status: 'ACTIVE',
    yearStarted: 2021,
    yearEnded: null,
    links: [],
    contact: 'Financial crime unit, fcu@example.org',
    evidenceLevel: 'INTERNAL_EVALUATION',
    survivorInvolvement: 'NONE',
    sdg87: true,
    iloIndicators: ['WITHHOLDING_OF_WAGES', 'DEBT_BONDAGE', 'RETENTION_OF_IDENTITY_DOCUMENTS'],
    visibility: 'RESTRICTED',
    visibleTo: ['GOVERNMENT', 'PRIVATE_SECTOR'],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [],
    bookmarkedBy: [],
  },
  {
    slug: 'basic-accounts-for-survivors',
    title: 'Basic bank accounts for survivors without documents',
    summary:
      'A banking protocol, co-designed with survivor advisers and shelters, that lets trafficked persons open a basic account with a referral letter from a recognised support organisation when their identity documents are missing or held by others.',
    body: `## Problem
Without a bank account, people leaving exploitation cannot receive wages, benefits or compensation, and often fall back on cash work where they are vulnerable again. Many have no passport because it was taken from them.

## Approach
The bank accepts a referral letter from a recognised support organisation, together with any available identification, to open a basic account with a debit card and no overdraft. Survivor advisers helped design the process, including a private branch appointment and staff trained not to ask about the past.

## Technology
The protocol is built into the bank's onboarding system as a separate path with its own risk assessment. Referral letters are verified against a list of recognised organisations.

## Results and evidence
More than 200 accounts opened in five years; monitoring data show that very few were closed for misuse. Two other banks have adopted the protocol.

## How to replicate
Agree the risk assessment with your compliance team first, and document it for supervisors. The referral letter template is [available here](https://example.org/npa/referral-letter).
`,
    organization: 'nordic-payments-fcu',
    partners: [],
    contributors: ['member@example.org', 'editor@example.org'],
    focusAreas: ['PROTECTION', 'PARTNERSHIP'],
    purposes: ['VICTIM_PROTECTION_AND_SUPPORT'],
    formsOfExploitation: ['FORCED_LABOUR', 'SEXUAL_EXPLOITATION'],
    technologies: ['FINANCIAL_TRANSACTION_MONITORING'],
    targetUsers: [
      'SURVIVORS_AND_PEOPLE_AT_RISK',
      'FINANCIAL_INSTITUTIONS',
      'NGOS_AND_SERVICE_PROVIDERS',
    ],
    sectors: [],
    countries: ['SE'],
    regions: ['NORTHERN_EUROPE'],
    global: false,
    languages: ['sv', 'en'],
    status: 'ACTIVE',
    yearStarted: 2019,
    yearEnded: null,
    links: [{ label: 'Referral letter template', url: 'https://example.org/npa/referral-letter' }],
    contact: 'Programme team, practices@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'CO_DESIGNED',
    sdg87: false,
    iloIndicators: ['RETENTION_OF_IDENTITY_DOCUMENTS'],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        summary:
          'A banking protocol, co-designed with survivor advisers and shelters, that lets trafficked persons open a basic account with a referral letter from a recognised support organisation. Now adopted by two further banks.',
      },
    ],
    endorsedBy: [
      {
        organization: 'med-shelter-alliance',
        kind: 'USES',
        comment: 'Our shelters issue referral letters under it.',
      },
      { organization: 'natco-at', kind: 'REPLICATED' },
    ],
    bookmarkedBy: ['editor@example.org'],
  },
  {
    slug: 'public-private-financial-intelligence-exchange',
    title: 'Public–private financial intelligence exchange on trafficking',
    summary:
      'A standing forum in which banks, payment providers, the financial intelligence unit and police share typologies, emerging trends and anonymised case studies on trafficking every quarter, under a written information-sharing agreement.',
    body: `## Problem
Banks filed reports but never heard what happened to them, and police saw financial patterns that banks did not know to look for.

## Approach
A quarterly forum under a written agreement: the financial intelligence unit presents anonymised outcomes, police present new modus operandi, and banks present trends from their monitoring. Smaller working groups draft typologies between meetings.

## Results and evidence
Monitoring data show more and better reports after each new typology is presented. Membership grew from five to eighteen institutions, including two payment providers and an online marketplace.

## Lessons
A written legal basis for sharing was worth the year it took. Assign a secretariat; forums without one fade away. Invite NGOs to specific sessions: they bring the perspective of the people behind the transactions.
`,
    organization: 'nordic-payments-fcu',
    partners: ['taec'],
    contributors: ['member@example.org'],
    focusAreas: ['PARTNERSHIP', 'PROSECUTION'],
    purposes: ['IDENTIFICATION_AND_INVESTIGATION', 'CAPACITY_BUILDING_AND_RESEARCH'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'TECHNOLOGY_FACILITATED'],
    technologies: ['FINANCIAL_TRANSACTION_MONITORING'],
    targetUsers: ['FINANCIAL_INSTITUTIONS', 'LAW_ENFORCEMENT', 'GOVERNMENTS_AND_POLICY_MAKERS'],
    sectors: [],
    countries: ['SE'],
    regions: ['NORTHERN_EUROPE'],
    global: false,
    languages: ['sv', 'en'],
    status: 'ACTIVE',
    yearStarted: 2018,
    yearEnded: null,
    links: [],
    contact: 'Forum secretariat, forum@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'NONE',
    sdg87: false,
    iloIndicators: [],
    visibility: 'MEMBERS',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [
      {
        organization: 'pacific-trust-safety',
        kind: 'USES',
        comment: 'We joined as an online marketplace.',
      },
    ],
    bookmarkedBy: ['orgadmin@example.org'],
  },
  {
    slug: 'privacy-preserving-cross-bank-alerts',
    title: 'Privacy-preserving alert sharing between banks on trafficking networks',
    summary:
      'An idea, published to find partners: banks would check whether accounts flagged for trafficking-related activity are linked to accounts at other banks, using privacy-preserving matching, so that networks spread across institutions become visible without sharing customer data in the clear.',
    body: `## Problem
Trafficking networks spread their money over many accounts at several banks. Each bank sees only a fragment of the pattern, and the law allows sharing customer data between banks only in narrow cases.

## Approach
We propose that banks which have each raised an internal alert could learn, through a privacy-preserving protocol, whether the same counterparties appear in alerts at other banks. Only matches above a threshold would be revealed, and only to the financial intelligence unit, which decides whether to ask the banks for details.

## Technology
Private set intersection or a comparable cryptographic method, so that no bank sees another bank's customers. A legal analysis of the data-protection and banking-secrecy rules is the first step.

## How to replicate
Nothing to replicate yet: this is an idea. We would like to hear from banks, supervisors and researchers with experience of privacy-preserving computation, and from NGOs who can help us judge the risks for the people concerned.
`,
    organization: 'nordic-payments-fcu',
    partners: ['cder'],
    contributors: ['member@example.org'],
    focusAreas: ['PROSECUTION', 'PARTNERSHIP'],
    purposes: ['IDENTIFICATION_AND_INVESTIGATION'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR'],
    technologies: ['FINANCIAL_TRANSACTION_MONITORING', 'DATA_ANALYTICS'],
    targetUsers: ['FINANCIAL_INSTITUTIONS', 'GOVERNMENTS_AND_POLICY_MAKERS'],
    sectors: [],
    countries: ['SE', 'NO'],
    regions: ['NORTHERN_EUROPE'],
    global: false,
    languages: ['en', 'sv'],
    status: 'IDEA',
    yearStarted: 2026,
    yearEnded: null,
    links: [],
    contact: 'Financial crime unit, fcu@example.org',
    evidenceLevel: 'NONE',
    survivorInvolvement: 'NONE',
    sdg87: false,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        summary:
          'An idea, published to find partners: banks would check whether accounts flagged for trafficking-related activity are linked to accounts at other banks, using privacy-preserving matching. Two banks and a university have since joined the discussion.',
      },
    ],
    endorsedBy: [],
    bookmarkedBy: ['member@example.org'],
  },
  // ── Centre for Digital Exploitation Research (ACADEMIA, NL) ─────────────────────────────────
  {
    slug: 'classified-job-ad-risk-screening-nl',
    title: 'Screening classified job ads for trafficking risk indicators',
    summary:
      'A research pilot that screens job advertisements on classifieds websites for risk indicators of deceptive recruitment (unrealistic pay, no company details, travel and housing "arranged", contact only by messenger) and sends weekly risk reports to platform moderators.',
    body: `## Problem
Classifieds websites carry thousands of job ads a day. A small share are used to recruit people into exploitative work, but moderators have no time to read every ad and no clear list of what to look for.

## Approach
Researchers and moderators agreed a list of risk indicators from closed case files and interviews with labour inspectors. A model scores each new job ad; the highest-risk ads are reviewed by a researcher and a moderator together each week.

## Technology
A text classifier trained on labelled ads in Dutch, French and English, plus simple rules (for example, the same phone number in ads for different employers). Only the ad text is processed; no data on people who reply to ads are collected.

## Results and evidence
In the pilot, about four in ten ads flagged as high-risk were removed by moderators after review. Monitoring data also showed indicator drift: recruiters changed wording within weeks.

## Lessons
Human review remains essential; the model only ranks. Plan for retraining every few months.
`,
    organization: 'cder',
    partners: ['pacific-trust-safety'],
    contributors: ['moderator@example.org'],
    focusAreas: ['PREVENTION', 'PARTNERSHIP'],
    purposes: ['IDENTIFICATION_AND_INVESTIGATION', 'CAPACITY_BUILDING_AND_RESEARCH'],
    formsOfExploitation: ['FORCED_LABOUR', 'TECHNOLOGY_FACILITATED'],
    technologies: ['ARTIFICIAL_INTELLIGENCE', 'DATA_ANALYTICS'],
    targetUsers: ['ICT_COMPANIES_AND_ONLINE_PLATFORMS', 'RESEARCHERS'],
    sectors: ['ONLINE_PLATFORMS'],
    countries: ['NL', 'BE'],
    regions: ['WESTERN_EUROPE'],
    global: false,
    languages: ['nl', 'fr', 'en'],
    status: 'PILOT',
    yearStarted: 2022,
    yearEnded: null,
    links: [{ label: 'Indicator list', url: 'https://example.org/cder/ad-indicators' }],
    contact: 'Research team, cder@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'NONE',
    sdg87: true,
    iloIndicators: ['DECEPTION'],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        summary:
          'A research pilot that screens job advertisements on classifieds websites for risk indicators of deceptive recruitment and sends weekly risk reports to platform moderators. Second phase adds retraining every quarter to keep up with changing wording.',
      },
    ],
    endorsedBy: [
      {
        organization: 'baltic-labour-inspectorates',
        kind: 'USES',
        comment: 'Indicator list used in our inspector training.',
      },
    ],
    bookmarkedBy: ['moderator@example.org'],
  },
  {
    slug: 'deceptive-recruitment-posts-dataset',
    title: 'Open research dataset of anonymised deceptive recruitment posts',
    summary:
      'A curated, anonymised dataset of recruitment posts from social media and forums, labelled by trained annotators for indicators of deception and coercion, published for researchers under a data-use agreement to improve detection tools.',
    body: `## Problem
Researchers building detection tools each collect their own small, unlabelled samples. Results cannot be compared, and raw data often contain personal information that should never be shared.

## Approach
We collected public posts in six languages, removed or replaced all personal data (names, phone numbers, faces, usernames), and had two annotators label each post against a shared codebook. Disagreements were resolved by a third annotator.

## Technology
Automated and manual anonymisation, a public codebook, and a versioned dataset released under a data-use agreement that forbids re-identification and commercial resale.

## Results and evidence
An independent review of the anonymisation found no directly identifying data in a random sample. Eleven research teams have used the dataset; several published benchmark results on it.

## How to replicate
Read the codebook and the data-use agreement at [the dataset page](https://example.org/cder/dataset). We welcome contributions of new languages, provided they follow the same anonymisation protocol.
`,
    organization: 'cder',
    partners: ['imw-ca'],
    contributors: ['moderator@example.org', 'admin@example.org'],
    focusAreas: ['PREVENTION'],
    purposes: ['CAPACITY_BUILDING_AND_RESEARCH'],
    formsOfExploitation: ['FORCED_LABOUR', 'SEXUAL_EXPLOITATION', 'TECHNOLOGY_FACILITATED'],
    technologies: ['DATA_ANALYTICS', 'OPEN_SOURCE_INTELLIGENCE'],
    targetUsers: ['RESEARCHERS', 'ICT_COMPANIES_AND_ONLINE_PLATFORMS'],
    sectors: ['ONLINE_PLATFORMS'],
    countries: [],
    regions: ['GLOBAL'],
    global: true,
    languages: ['en', 'nl', 'ro', 'uk', 'es', 'pt'],
    status: 'ACTIVE',
    yearStarted: 2021,
    yearEnded: null,
    links: [
      { label: 'Dataset page', url: 'https://example.org/cder/dataset' },
      { label: 'Annotation codebook', url: 'https://example.org/cder/codebook' },
    ],
    contact: 'Data steward, data@example.org',
    evidenceLevel: 'INDEPENDENT_EVALUATION',
    survivorInvolvement: 'CONSULTED',
    sdg87: true,
    iloIndicators: ['DECEPTION', 'ABUSE_OF_VULNERABILITY'],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        summary:
          'A curated, anonymised dataset of recruitment posts from social media and forums, labelled for indicators of deception and coercion. Version 2 adds Ukrainian and Portuguese posts and a benchmark task.',
      },
      { title: 'Open research dataset of anonymised deceptive recruitment posts (v2)' },
    ],
    endorsedBy: [
      {
        organization: 'pacific-trust-safety',
        kind: 'USES',
        comment: 'Used to test our ad-screening model.',
      },
      { organization: 'taec', kind: 'USES' },
    ],
    bookmarkedBy: ['newcomer@example.org', 'member@example.org'],
  },
  {
    slug: 'hotel-room-image-recognition',
    title: 'Hotel-room image recognition for investigators',
    summary:
      'A tool that helps investigators locate where exploitative advertisement photos were taken by comparing room features (carpets, furniture, windows) against a library of hotel-room photographs contributed by travellers and hotels.',
    body: `## Problem
Photos in advertisements for sexual services are often taken in hotel rooms. Knowing the hotel can point investigators to a city, a date range and a possible victim who needs help, but identifying a room by eye is almost impossible.

## Approach
Travellers and partner hotel chains contribute photos of rooms through a simple upload page. Investigators submit a cropped image (with people removed) and receive a ranked list of likely hotels to verify through normal police work.

## Technology
A convolutional neural network extracts features of the room, not of people; faces and bodies are masked before matching. The library holds several hundred thousand room photos. Access for investigators is via vetted accounts only.

## Results and evidence
In an internal evaluation on held-out test images, the correct hotel appeared in the top 20 results in about 60% of cases. Police partners report that it shortens the search, but outcomes of individual cases are not shared with us.

## Lessons
Crowdsourcing room photos works if uploading takes under a minute. The tool must never be used to identify a person; the masking step is mandatory and audited.
`,
    organization: 'cder',
    partners: ['moi-cyber-ge'],
    contributors: ['moderator@example.org'],
    focusAreas: ['PROSECUTION', 'PROTECTION'],
    purposes: ['IDENTIFICATION_AND_INVESTIGATION', 'PROSECUTION_AND_EVIDENCE'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'CHILD_TRAFFICKING', 'TECHNOLOGY_FACILITATED'],
    technologies: ['IMAGE_AND_FACIAL_RECOGNITION', 'ARTIFICIAL_INTELLIGENCE'],
    targetUsers: ['LAW_ENFORCEMENT'],
    sectors: ['HOSPITALITY_AND_TOURISM', 'SEX_INDUSTRY'],
    countries: ['NL', 'BE', 'DE', 'GE'],
    regions: ['WESTERN_EUROPE', 'SOUTH_CAUCASUS'],
    global: false,
    languages: ['en', 'nl'],
    status: 'ACTIVE',
    yearStarted: 2019,
    yearEnded: null,
    links: [{ label: 'Upload a hotel room photo', url: 'https://example.org/cder/rooms' }],
    contact: 'Research team, cder@example.org',
    evidenceLevel: 'INTERNAL_EVALUATION',
    survivorInvolvement: 'NONE',
    sdg87: false,
    iloIndicators: [],
    visibility: 'RESTRICTED',
    visibleTo: ['GOVERNMENT', 'ACADEMIA'],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [
      {
        organization: 'moi-cyber-ge',
        kind: 'USES',
        comment: 'Used by our cybercrime unit under a data agreement.',
      },
    ],
    bookmarkedBy: ['moderator@example.org'],
  },
  {
    slug: 'synthetic-images-sextortion-study',
    title: 'Study on AI-generated images in sextortion-based recruitment',
    summary:
      'A planned study of how AI-generated intimate images are used to coerce young people into sexual exploitation, what platforms and hotlines see, and which safeguards would help, with a youth advisory group including survivor advisers.',
    body: `## Problem
Helplines report a growing number of young people coerced with fake intimate images generated by AI. Little is known about how often this leads to trafficking, and professionals are unsure how to respond.

## Approach
We plan three strands: interviews with helpline staff and platform moderators, an analysis of anonymised helpline statistics, and workshops with a youth advisory group that includes survivor advisers. No victims will be interviewed about their own cases.

## Technology
The study looks at generative image models and detection tools; it will not build a new tool. A short guide for helplines is the main planned output.

## How to replicate
At idea stage. We are seeking partner helplines in two more countries and an ethics approval before starting.
`,
    organization: 'cder',
    partners: [],
    contributors: ['moderator@example.org'],
    focusAreas: ['PREVENTION', 'PROTECTION'],
    purposes: ['CAPACITY_BUILDING_AND_RESEARCH'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'CHILD_TRAFFICKING', 'TECHNOLOGY_FACILITATED'],
    technologies: ['ARTIFICIAL_INTELLIGENCE', 'IMAGE_AND_FACIAL_RECOGNITION'],
    targetUsers: [
      'RESEARCHERS',
      'NGOS_AND_SERVICE_PROVIDERS',
      'ICT_COMPANIES_AND_ONLINE_PLATFORMS',
    ],
    sectors: ['ONLINE_PLATFORMS'],
    countries: ['NL'],
    regions: ['WESTERN_EUROPE'],
    global: false,
    languages: ['nl', 'en'],
    status: 'IDEA',
    yearStarted: 2026,
    yearEnded: null,
    links: [],
    contact: null,
    evidenceLevel: 'NONE',
    survivorInvolvement: 'CO_DESIGNED',
    sdg87: false,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'DRAFT',
    revisions: [],
    endorsedBy: [],
    bookmarkedBy: [],
  },
  {
    slug: 'risk-model-bias-audit-toolkit',
    title: 'Bias audit toolkit for anti-trafficking risk models',
    summary:
      'An open toolkit of questions, tests and templates that helps public bodies, banks and platforms check whether their trafficking risk-scoring models treat groups unfairly, are explainable and respect data-protection law before and after deployment.',
    body: `## Problem
Risk models are spreading: in labour inspection, banking, border control and content moderation. Badly designed models can target migrants by nationality, miss exploitation in sectors with few past cases, or make decisions nobody can explain.

## Approach
The toolkit walks a team through five steps: purpose and legal basis, data and proxies, performance across groups, explainability, and monitoring after deployment. Each step has questions, a test and a template for documenting the answer.

## Technology
Open-source notebooks for group-fairness metrics and feature-importance checks, plus document templates. Works with any model that can export scores.

## Results and evidence
Used by six organisations in its first year. An internal evaluation with users found the proxy check most useful: two teams discovered that postcode acted as a stand-in for nationality.

## How to replicate
Everything is free to reuse. Start the audit before the model is built; retrofitting is far harder.
`,
    organization: 'cder',
    partners: ['taec'],
    contributors: ['moderator@example.org', 'admin@example.org'],
    focusAreas: ['PARTNERSHIP', 'PREVENTION'],
    purposes: ['CAPACITY_BUILDING_AND_RESEARCH'],
    formsOfExploitation: [],
    technologies: ['ARTIFICIAL_INTELLIGENCE', 'DATA_ANALYTICS'],
    targetUsers: [
      'GOVERNMENTS_AND_POLICY_MAKERS',
      'FINANCIAL_INSTITUTIONS',
      'ICT_COMPANIES_AND_ONLINE_PLATFORMS',
      'LABOUR_INSPECTORS',
    ],
    sectors: [],
    countries: [],
    regions: [],
    global: true,
    languages: ['en', 'fr', 'es'],
    status: 'ACTIVE',
    yearStarted: 2024,
    yearEnded: null,
    links: [{ label: 'Toolkit repository', url: 'https://example.org/cder/bias-audit' }],
    contact: 'Research team, cder@example.org',
    evidenceLevel: 'INTERNAL_EVALUATION',
    survivorInvolvement: 'CONSULTED',
    sdg87: false,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [
      {
        organization: 'baltic-labour-inspectorates',
        kind: 'USES',
        comment: 'Applied to our inspection risk model.',
      },
      { organization: 'nordic-payments-fcu', kind: 'USES' },
    ],
    bookmarkedBy: ['admin@example.org'],
  },
  // ── Regional Migration and Protection Office (INTERNATIONAL_ORGANIZATION, CH) ───────────────
  {
    slug: 'secure-case-transfer-safe-return',
    title: 'Secure case transfer for assisted voluntary return',
    summary:
      'A secure channel through which case workers in destination and origin countries transfer, with consent, the minimum information needed to organise a safe return and reintegration support for trafficked persons who choose to go home.',
    body: `## Problem
Returns were organised by email and phone between case workers who had never met. Sensitive information travelled unencrypted, and people arrived home without anyone expecting them.

## Approach
A shared checklist defines the minimum information for a safe return: travel date, immediate needs, preferred contact person, and any risk of re-trafficking. The person concerned reviews what is sent. An assigned case worker in the origin country confirms the reception plan before travel is booked.

## Technology
An encrypted web platform with end-to-end encrypted attachments, two-factor login and automatic deletion of files 90 days after the case is closed. Access is restricted to named case workers in accredited organisations.

## Results and evidence
Internal monitoring over two years: no case transferred through the platform was closed without a reception plan, compared with about one in four before. Feedback interviews with returnees, run by a partner NGO, informed the checklist.

## Lessons
Technology was the easy part. The reception plan only works when origin-country services are funded to carry it out.
`,
    organization: 'rmpo',
    partners: ['black-sea-protection', 'saferoutes-network'],
    contributors: ['admin@example.org'],
    focusAreas: ['PROTECTION', 'PARTNERSHIP'],
    purposes: ['VICTIM_PROTECTION_AND_SUPPORT'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'FORCED_CRIMINALITY'],
    technologies: ['WEB_PLATFORM'],
    targetUsers: ['NGOS_AND_SERVICE_PROVIDERS', 'GOVERNMENTS_AND_POLICY_MAKERS'],
    sectors: [],
    countries: ['CH', 'AL', 'RS', 'MK', 'XK'],
    regions: ['WESTERN_EUROPE', 'SOUTH_EASTERN_EUROPE'],
    global: false,
    languages: ['en', 'fr', 'de'],
    status: 'ACTIVE',
    yearStarted: 2018,
    yearEnded: null,
    links: [],
    contact: 'Protection unit, protection@example.org',
    evidenceLevel: 'INTERNAL_EVALUATION',
    survivorInvolvement: 'CONSULTED',
    sdg87: true,
    iloIndicators: [],
    visibility: 'RESTRICTED',
    visibleTo: ['GOVERNMENT', 'CIVIL_SOCIETY', 'INTERNATIONAL_ORGANIZATION'],
    state: 'PUBLISHED',
    revisions: [
      {
        summary:
          'A secure channel through which case workers in destination and origin countries transfer, with consent, the minimum information needed to organise a safe return and reintegration support. Extended in 2023 to two further origin countries.',
      },
    ],
    endorsedBy: [
      { organization: 'black-sea-protection', kind: 'USES' },
      {
        organization: 'saferoutes-network',
        kind: 'USES',
        comment: 'We receive returns through it.',
      },
    ],
    bookmarkedBy: ['admin@example.org'],
  },
  {
    slug: 'remote-interpreter-pool',
    title: 'Remote interpreter pool for first identification interviews',
    summary:
      'A roster of trained interpreters, available by secure video or phone at short notice, for first interviews with presumed victims in languages that local services cannot cover, with a code of conduct on confidentiality and trauma awareness.',
    body: `## Problem
First interviews often happened with a fellow worker, a relative or even the employer interpreting, because no professional interpreter was available for the language at short notice. People could not speak freely.

## Approach
We recruited and trained interpreters in 24 languages on trafficking, confidentiality and trauma-aware interpreting. Services book an interpreter through one number; for urgent cases an interpreter joins by video within the hour.

## Technology
A secure video service with no recording by default, a booking system, and a matching rule that avoids assigning interpreters from the same small community as the person interviewed, if the person wishes.

## Results and evidence
Monitoring data: more than 1,500 interviews supported; median waiting time 35 minutes for urgent requests. Services report that interviews are shorter and more complete.

## How to replicate
Pay interpreters for training time and offer them supervision: the content of these interviews is hard to carry.
`,
    organization: 'rmpo',
    partners: [],
    contributors: ['admin@example.org'],
    focusAreas: ['PROTECTION', 'PARTNERSHIP'],
    purposes: ['IDENTIFICATION_AND_INVESTIGATION', 'VICTIM_PROTECTION_AND_SUPPORT'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'SERVITUDE', 'FORCED_MARRIAGE'],
    technologies: ['HOTLINE_CHATBOT_AND_MESSAGING', 'WEB_PLATFORM'],
    targetUsers: ['NGOS_AND_SERVICE_PROVIDERS', 'LAW_ENFORCEMENT', 'LABOUR_INSPECTORS'],
    sectors: [],
    countries: ['CH', 'AT', 'FR', 'IT'],
    regions: ['WESTERN_EUROPE', 'SOUTHERN_EUROPE'],
    global: false,
    languages: ['en', 'fr', 'de', 'it', 'ar', 'tr', 'uk', 'ru'],
    status: 'ACTIVE',
    yearStarted: 2020,
    yearEnded: null,
    links: [],
    contact: 'Interpreter desk, interpreters@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'CONSULTED',
    sdg87: false,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [
      { organization: 'natco-at', kind: 'USES', comment: 'Booked by our NRM partners.' },
    ],
    bookmarkedBy: [],
  },
  {
    slug: 'organ-trafficking-clinician-e-learning',
    title: 'E-learning for clinicians on trafficking for organ removal',
    summary:
      'A short online course for transplant teams, nephrologists and hospital social workers on the signs of trafficking for the removal of organs, transplant tourism, and how to report concerns without breaching patient confidentiality.',
    body: `## Problem
Clinicians are often the only professionals who see both ends of organ trafficking: the patient returning from a transplant abroad, and sometimes a donor with an unexplained scar. Few know what to look for or whom to tell.

## Approach
Two transplant surgeons, an ethicist and a prosecutor wrote a 90-minute course with fictional scenarios, a decision tree for reporting, and contact points in each participating country.

## Technology
Delivered through an open e-learning platform and accredited for continuing medical education in three countries.

## Results and evidence
About 900 clinicians completed it; a follow-up survey found most felt able to recognise warning signs, although few had yet encountered a case.

## Lessons
Medical societies were the best channel to reach clinicians. Keep the legal content country-specific and the clinical content shared.
`,
    organization: 'rmpo',
    partners: [],
    contributors: ['admin@example.org'],
    focusAreas: ['PREVENTION', 'PROSECUTION'],
    purposes: ['CAPACITY_BUILDING_AND_RESEARCH', 'IDENTIFICATION_AND_INVESTIGATION'],
    formsOfExploitation: ['ORGAN_REMOVAL'],
    technologies: ['E_LEARNING'],
    targetUsers: ['NGOS_AND_SERVICE_PROVIDERS', 'PROSECUTORS_AND_JUDICIARY'],
    sectors: [],
    countries: ['CH', 'TR', 'IL', 'EG'],
    regions: ['WESTERN_EUROPE', 'SOUTH_EASTERN_EUROPE', 'MEDITERRANEAN_PARTNERS'],
    global: false,
    languages: ['en', 'fr', 'tr', 'ar'],
    status: 'ACTIVE',
    yearStarted: 2022,
    yearEnded: null,
    links: [{ label: 'Course page', url: 'https://example.org/rmpo/organ-course' }],
    contact: 'Programme team, practices@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'NONE',
    sdg87: false,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        summary:
          'A short online course for transplant teams, nephrologists and hospital social workers on the signs of trafficking for the removal of organs and how to report concerns. Now accredited for continuing medical education in three countries.',
      },
    ],
    endorsedBy: [],
    bookmarkedBy: ['newcomer@example.org'],
  },
  {
    slug: 'regional-victim-data-standard',
    title: 'Common minimum data standard for trafficking statistics',
    summary:
      'A regional standard that defines a small set of variables, definitions and disclosure rules for statistics on identified victims and prosecutions, so that countries can compare figures and share them without identifying anyone.',
    body: `## Problem
Each country counted differently: some counted presumed victims, others only those confirmed by a court; some counted cases, others persons. Regional reports compared numbers that meant different things.

## Approach
National rapporteurs and statistics offices agreed a minimum data set of 22 variables with precise definitions, and rules for suppressing small numbers. Countries map their own data to the standard once a year.

## Technology
A data dictionary, validation scripts that check submissions, and an aggregation tool that only ever receives counts, never records about individuals.

## Results and evidence
Now used by 17 countries. An independent evaluation found that comparability improved markedly and that the disclosure rules were applied consistently.

## How to replicate
Start with fewer variables than you think you need. Age group, sex, form of exploitation and type of identifying agency already answer most policy questions.
`,
    organization: 'rmpo',
    partners: ['natco-at', 'black-sea-protection'],
    contributors: ['admin@example.org', 'orgadmin@example.org'],
    focusAreas: ['PARTNERSHIP'],
    purposes: ['CAPACITY_BUILDING_AND_RESEARCH'],
    formsOfExploitation: [
      'SEXUAL_EXPLOITATION',
      'FORCED_LABOUR',
      'FORCED_CRIMINALITY',
      'FORCED_BEGGING',
      'ORGAN_REMOVAL',
      'FORCED_MARRIAGE',
    ],
    technologies: ['DATA_ANALYTICS'],
    targetUsers: ['GOVERNMENTS_AND_POLICY_MAKERS', 'RESEARCHERS'],
    sectors: [],
    countries: ['CH', 'AT', 'AL', 'BA', 'HR', 'ME', 'RS', 'SI', 'BG', 'RO'],
    regions: ['WESTERN_EUROPE', 'SOUTH_EASTERN_EUROPE', 'CENTRAL_EUROPE'],
    global: false,
    languages: ['en', 'fr', 'ru'],
    status: 'SCALED',
    yearStarted: 2015,
    yearEnded: null,
    links: [{ label: 'Data dictionary', url: 'https://example.org/rmpo/data-standard' }],
    contact: 'Data unit, data@example.org',
    evidenceLevel: 'INDEPENDENT_EVALUATION',
    survivorInvolvement: 'NONE',
    sdg87: true,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [
      { organization: 'natco-at', kind: 'USES', comment: 'Our dashboard follows the standard.' },
      { organization: 'black-sea-protection', kind: 'REPLICATED' },
      { organization: 'imw-ca', kind: 'USES' },
    ],
    bookmarkedBy: ['orgadmin@example.org'],
  },
  // ── Open Newsroom Investigations (MEDIA, IT) ────────────────────────────────────────────────
  {
    slug: 'satellite-tracking-fishing-vessels',
    title: 'Satellite tracking of distant-water fishing vessels for investigative reporting',
    summary:
      'Journalists combine vessel-position data, satellite imagery and port records to spot fishing vessels that stay at sea for many months, tranship catch to reefers and avoid port inspections, patterns associated with forced labour at sea.',
    body: `## Problem
Crews on distant-water fishing vessels can spend a year or more at sea without reaching port, with catch and supplies moved by transhipment. Abuse is hidden by distance; reporters rarely get on board.

## Approach
Our data desk built a method to flag vessels worth investigating: long periods without port calls, encounters with refrigerated cargo vessels, gaps in position signals near fishing grounds, and a history of flag changes. Flagged vessels are then researched through port records, crew-agency documents and interviews with seafarer welfare workers, never by contacting crew members in a way that could put them at risk.

## Technology
Public vessel-position feeds, commercial satellite imagery to confirm encounters, and a notebook that scores vessels by risk pattern. The scoring code and method note are public.

## Results and evidence
Three investigations in three years led to port-state inspections, and one buyer dropped a supplier. Monitoring of coverage shows the method is now used by two other newsrooms.

## Lessons
Position data alone prove nothing; they tell you where to look. Work with seafarer unions and welfare organisations, who can reach crews safely.
`,
    organization: 'open-newsroom',
    partners: ['imw-ca'],
    contributors: ['newcomer@example.org'],
    focusAreas: ['PREVENTION', 'PROSECUTION'],
    purposes: ['IDENTIFICATION_AND_INVESTIGATION', 'SUPPLY_CHAIN_DUE_DILIGENCE'],
    formsOfExploitation: ['FORCED_LABOUR', 'SLAVERY'],
    technologies: [
      'GEOLOCATION_AND_SATELLITE_IMAGERY',
      'OPEN_SOURCE_INTELLIGENCE',
      'DATA_ANALYTICS',
    ],
    targetUsers: [
      'GENERAL_PUBLIC',
      'BUSINESSES_AND_SUPPLY_CHAINS',
      'GOVERNMENTS_AND_POLICY_MAKERS',
    ],
    sectors: ['FISHING_AND_SEAFOOD'],
    countries: [],
    regions: ['GLOBAL'],
    global: true,
    languages: ['en', 'it', 'es'],
    status: 'ACTIVE',
    yearStarted: 2019,
    yearEnded: null,
    links: [{ label: 'Method note', url: 'https://example.org/newsroom/vessel-method' }],
    contact: 'Data desk, datadesk@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'NONE',
    sdg87: true,
    iloIndicators: [
      'ISOLATION',
      'RESTRICTION_OF_MOVEMENT',
      'EXCESSIVE_OVERTIME',
      'PHYSICAL_AND_SEXUAL_VIOLENCE',
      'ABUSIVE_WORKING_AND_LIVING_CONDITIONS',
    ],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        summary:
          'Journalists combine vessel-position data, satellite imagery and port records to spot fishing vessels that stay at sea for many months and tranship catch, patterns associated with forced labour at sea. The scoring method is now public and used by two other newsrooms.',
      },
    ],
    endorsedBy: [
      {
        organization: 'imw-ca',
        kind: 'USES',
        comment: 'Used in our seafood supply-chain research.',
      },
      { organization: 'black-sea-protection', kind: 'USES' },
    ],
    bookmarkedBy: ['newcomer@example.org', 'admin@example.org'],
  },
  {
    slug: 'trauma-informed-reporting-guide',
    title: 'Trauma-informed reporting guide and course for journalists',
    summary:
      'A guide and short online course, co-written with survivor advisers, on reporting about trafficking without sensationalism: consent, anonymity, images, language, and how to avoid re-traumatising the people who share their experience.',
    body: `## Problem
Coverage of trafficking too often relies on stock images of chains, reveals details that make people identifiable, or repeats stereotypes about who is exploited. People who speak to journalists sometimes regret it.

## Approach
Survivor advisers, editors and a psychologist wrote the guide together. It covers informed consent (including the right to withdraw before publication), anonymisation beyond changing a name, choice of images and words, and looking after the reporter too.

## Technology
The guide is a free web page; the course is six short video lessons with quizzes on an open e-learning platform, subtitled in five languages.

## Results and evidence
Internal evaluation: participants' scores on a before-and-after exercise improved most on anonymisation. Two public broadcasters added the course to their induction.

## How to replicate
Translate the guide freely; we ask only that survivor advisers review the translation.
`,
    organization: 'open-newsroom',
    partners: ['med-shelter-alliance'],
    contributors: ['newcomer@example.org', 'editor@example.org'],
    focusAreas: ['PREVENTION', 'PROTECTION'],
    purposes: ['CAPACITY_BUILDING_AND_RESEARCH', 'PREVENTION_AND_AWARENESS'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'SERVITUDE'],
    technologies: ['E_LEARNING', 'WEB_PLATFORM'],
    targetUsers: ['GENERAL_PUBLIC', 'NGOS_AND_SERVICE_PROVIDERS'],
    sectors: [],
    countries: ['IT', 'ES', 'FR'],
    regions: ['SOUTHERN_EUROPE', 'WESTERN_EUROPE'],
    global: false,
    languages: ['it', 'en', 'fr', 'es', 'ar'],
    status: 'ACTIVE',
    yearStarted: 2021,
    yearEnded: null,
    links: [{ label: 'Reporting guide', url: 'https://example.org/newsroom/guide' }],
    contact: 'Programme team, practices@example.org',
    evidenceLevel: 'INTERNAL_EVALUATION',
    survivorInvolvement: 'CO_DESIGNED',
    sdg87: false,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [
      {
        organization: 'med-shelter-alliance',
        kind: 'USES',
        comment: 'We share it with every journalist who contacts us.',
      },
      { organization: 'saferoutes-network', kind: 'USES' },
    ],
    bookmarkedBy: ['editor@example.org'],
  },
  {
    slug: 'tomato-supply-chain-map',
    title: 'Open map of tomato supply chains in southern Italy',
    summary:
      'An investigative data project mapping how tomatoes picked by seasonal workers move from fields through processors to supermarket brands, combining public company records, inspection reports and field reporting, so buyers can target due diligence.',
    body: `## Problem
Reports of exploitation of seasonal farm workers (wages far below the legal minimum, debts to intermediaries, informal camps) rarely led to change, because nobody could connect a field to a brand on the shelf.

## Approach
Reporters traced processors through public company registers, customs data and labels, then matched farms to processors using inspection reports and interviews with unions and workers. Every link on the map has a source and a confidence level.

## Technology
An interactive web map built on open data tools, a relational database of companies and sources, and geolocation of farm areas at municipality level. Individual workers never appear in the data.

## Results and evidence
After publication, four retailers asked their suppliers for audits of the named processors. Monitoring data show the map is used by unions preparing inspections.

## Lessons
Publish the method and give companies the right to reply before publishing. Low-confidence links must be shown as such.
`,
    organization: 'open-newsroom',
    partners: [],
    contributors: ['newcomer@example.org'],
    focusAreas: ['PREVENTION', 'PARTNERSHIP'],
    purposes: ['SUPPLY_CHAIN_DUE_DILIGENCE'],
    formsOfExploitation: ['FORCED_LABOUR'],
    technologies: [
      'OPEN_SOURCE_INTELLIGENCE',
      'DATA_ANALYTICS',
      'GEOLOCATION_AND_SATELLITE_IMAGERY',
    ],
    targetUsers: ['BUSINESSES_AND_SUPPLY_CHAINS', 'GENERAL_PUBLIC', 'LABOUR_INSPECTORS'],
    sectors: ['AGRICULTURE'],
    countries: ['IT'],
    regions: ['SOUTHERN_EUROPE'],
    global: false,
    languages: ['it', 'en'],
    status: 'ACTIVE',
    yearStarted: 2022,
    yearEnded: null,
    links: [
      { label: 'Supply-chain map', url: 'https://example.org/newsroom/tomato-map' },
      { label: 'Method and sources', url: 'https://example.org/newsroom/tomato-method' },
    ],
    contact: 'Data desk, datadesk@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'CONSULTED',
    sdg87: true,
    iloIndicators: [
      'WITHHOLDING_OF_WAGES',
      'DEBT_BONDAGE',
      'ABUSIVE_WORKING_AND_LIVING_CONDITIONS',
      'EXCESSIVE_OVERTIME',
    ],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        summary:
          'An investigative data project mapping how tomatoes picked by seasonal workers move from fields through processors to supermarket brands. The 2025 update adds two more regions and a confidence level for every link.',
      },
    ],
    endorsedBy: [
      { organization: 'imw-ca', kind: 'USES', comment: 'Cited in our recruitment-fee study.' },
    ],
    bookmarkedBy: ['member@example.org'],
  },
  {
    slug: 'secure-reader-tipline',
    title: 'Secure tip line for workers and readers',
    summary:
      'An encrypted drop box and messenger number where workers and readers could send tips about exploitation in supply chains. Closed after four years; this record documents what we learned about running a tip line as a small newsroom.',
    body: `## Problem
Workers who witness exploitation rarely have a safe way to reach journalists, and fear retaliation if their employer finds out.

## Approach
We opened an encrypted drop box and a messenger number, published in several languages, and committed to answer every tip within a week.

## Results and evidence
We received many tips, but most concerned individual labour disputes that we could not investigate, and some came from people in danger who needed help rather than a journalist.

## Lessons
We closed the tip line in 2021. What we would do differently:
- A newsroom is not a support service. Agree referral routes with a hotline and a union before opening a tip line.
- Answering every tip needs a dedicated person; we did not have one, and slow replies damaged trust.
- Secure tools only protect people who use them correctly. Short instructions in each language mattered more than the technology.
- Tips about serious exploitation are now forwarded, with consent, to partner hotlines.
`,
    organization: 'open-newsroom',
    partners: [],
    contributors: ['newcomer@example.org'],
    focusAreas: ['PROSECUTION', 'PROTECTION'],
    purposes: ['IDENTIFICATION_AND_INVESTIGATION'],
    formsOfExploitation: ['FORCED_LABOUR'],
    technologies: ['HOTLINE_CHATBOT_AND_MESSAGING'],
    targetUsers: ['GENERAL_PUBLIC', 'SURVIVORS_AND_PEOPLE_AT_RISK'],
    sectors: ['AGRICULTURE', 'MANUFACTURING_AND_GARMENTS'],
    countries: ['IT'],
    regions: ['SOUTHERN_EUROPE'],
    global: false,
    languages: ['it', 'en', 'ar'],
    status: 'DISCONTINUED',
    yearStarted: 2017,
    yearEnded: 2021,
    links: [],
    contact: null,
    evidenceLevel: 'NONE',
    survivorInvolvement: 'NONE',
    sdg87: false,
    iloIndicators: ['INTIMIDATION_AND_THREATS'],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'ARCHIVED',
    revisions: [],
    endorsedBy: [],
    bookmarkedBy: [],
  },
  // ── Central Asia Labour Rights Initiative (CIVIL_SOCIETY, KZ) ───────────────────────────────
  {
    slug: 'job-offer-checker-chatbot-central-asia',
    title: 'Job-offer checking chatbot for labour migrants',
    summary:
      'A messenger chatbot that helps labour migrants check a job offer before they travel: it asks about the employer, the contract, fees and documents, flags warning signs of deceptive recruitment and connects the user to a counsellor if needed.',
    body: `## Problem
Most labour migrants from the region find work through acquaintances or online posts, and pay fees to intermediaries before seeing a contract. Many discover only on arrival that the job, the wage or the housing is not what was promised.

## Approach
The chatbot walks the user through about a dozen questions: Is there a written contract? Who pays for travel? Will someone keep your passport? Is the agency licensed? Answers produce a traffic-light result with explanations, and a red result offers a call-back from a counsellor.

## Technology
A rule-based chatbot on two popular messenger apps, with a small language model to understand free-text answers. Conversations are anonymous; only aggregated answers are kept for research.

## Results and evidence
Monitoring data: about 25,000 checks in the first two years; one in five offers received a red result, most often because of upfront fees and passport retention. Counsellors follow up on about a third of red results.

## How to replicate
The question tree is open for reuse. Adapt it to national licensing rules and keep the counsellor back-up: the bot alone is not enough for people already in trouble.
`,
    organization: 'calri',
    partners: ['saferoutes-network'],
    contributors: ['editor@example.org'],
    focusAreas: ['PREVENTION'],
    purposes: ['PREVENTION_AND_AWARENESS'],
    formsOfExploitation: ['FORCED_LABOUR', 'TECHNOLOGY_FACILITATED'],
    technologies: ['HOTLINE_CHATBOT_AND_MESSAGING', 'ARTIFICIAL_INTELLIGENCE'],
    targetUsers: ['SURVIVORS_AND_PEOPLE_AT_RISK', 'GENERAL_PUBLIC'],
    sectors: ['CONSTRUCTION', 'AGRICULTURE', 'DOMESTIC_WORK'],
    countries: ['KZ', 'KG', 'UZ', 'TJ'],
    regions: ['CENTRAL_ASIA'],
    global: false,
    languages: ['ru', 'kk', 'en'],
    status: 'ACTIVE',
    yearStarted: 2021,
    yearEnded: null,
    links: [{ label: 'Question tree', url: 'https://example.org/calri/question-tree' }],
    contact: 'Programme team, practices@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'CONSULTED',
    sdg87: true,
    iloIndicators: ['DECEPTION', 'RETENTION_OF_IDENTITY_DOCUMENTS', 'DEBT_BONDAGE'],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        summary:
          'A messenger chatbot that helps labour migrants check a job offer before they travel: it asks about the employer, the contract, fees and documents, flags warning signs and connects the user to a counsellor. Now available in Kazakh as well as Russian.',
      },
    ],
    endorsedBy: [
      {
        organization: 'safe-work-ua',
        kind: 'REPLICATED',
        comment: 'Our chatbot reuses this question tree.',
      },
    ],
    bookmarkedBy: ['editor@example.org', 'newcomer@example.org'],
  },
  {
    slug: 'pre-departure-orientation-app',
    title: 'Pre-departure orientation app for migrant workers',
    summary:
      'A mobile app with short videos and checklists on working abroad legally: contracts, registration, wages, housing, health insurance, and embassy and hotline contacts in each destination country. It works offline after download.',
    body: `## Problem
Pre-departure training sessions reach only a fraction of migrants, mostly in capital cities, and are forgotten by the time a problem arises abroad.

## Approach
We turned the training into short videos and checklists that people keep on their phones. Each destination country has its own section with registration rules, minimum wages and emergency contacts, reviewed every six months by partner organisations there.

## Technology
An offline-first mobile app; content updates download when a connection is available. No account, no tracking beyond anonymous download counts.

## Results and evidence
Monitoring data: 60,000 downloads; the most viewed sections are registration rules and what to do if an employer keeps your passport.

## Lessons
Content that is out of date is worse than none. Budget for the six-monthly review before building new features.
`,
    organization: 'calri',
    partners: [],
    contributors: ['editor@example.org'],
    focusAreas: ['PREVENTION'],
    purposes: ['PREVENTION_AND_AWARENESS'],
    formsOfExploitation: ['FORCED_LABOUR'],
    technologies: ['MOBILE_APP'],
    targetUsers: ['SURVIVORS_AND_PEOPLE_AT_RISK', 'GENERAL_PUBLIC'],
    sectors: ['CONSTRUCTION', 'AGRICULTURE', 'LOGISTICS_AND_TRANSPORT'],
    countries: ['KZ', 'UZ', 'KG'],
    regions: ['CENTRAL_ASIA'],
    global: false,
    languages: ['ru', 'kk'],
    status: 'ACTIVE',
    yearStarted: 2018,
    yearEnded: null,
    links: [],
    contact: 'Programme team, practices@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'CONSULTED',
    sdg87: true,
    iloIndicators: ['RETENTION_OF_IDENTITY_DOCUMENTS', 'WITHHOLDING_OF_WAGES'],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [],
    bookmarkedBy: [],
  },
  {
    slug: 'recruitment-agency-register-ratings',
    title: 'Public register of licensed recruitment agencies with worker feedback',
    summary:
      'An idea for a searchable public register that shows whether a recruitment agency is licensed, any sanctions against it, and moderated, anonymous feedback from workers it placed, to steer job-seekers away from unlicensed intermediaries.',
    body: `## Problem
Job-seekers cannot easily tell a licensed agency from an unlicensed intermediary. The official licence list is a scanned document that few people find.

## Approach
We would like to combine the official licence list with sanctions decisions and moderated feedback from workers. Feedback would be checked for personal data and defamation before publication, and agencies would have a right of reply.

## Technology
A web register with a simple search and an API for chatbots and apps, such as our job-offer checking chatbot, to look up agencies automatically.

## Lessons
Still at the idea stage. A related community list run by another organisation was discontinued because of legal risk, so we are designing moderation and the right of reply with lawyers from the start.
`,
    organization: 'calri',
    partners: ['safe-work-ua'],
    contributors: ['editor@example.org'],
    focusAreas: ['PREVENTION', 'PARTNERSHIP'],
    purposes: ['PREVENTION_AND_AWARENESS'],
    formsOfExploitation: ['FORCED_LABOUR'],
    technologies: ['WEB_PLATFORM'],
    targetUsers: ['GENERAL_PUBLIC', 'GOVERNMENTS_AND_POLICY_MAKERS'],
    sectors: [],
    countries: ['KZ'],
    regions: ['CENTRAL_ASIA'],
    global: false,
    languages: ['ru', 'kk'],
    status: 'IDEA',
    yearStarted: 2026,
    yearEnded: null,
    links: [],
    contact: null,
    evidenceLevel: 'NONE',
    survivorInvolvement: 'NONE',
    sdg87: false,
    iloIndicators: ['DECEPTION'],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'DRAFT',
    revisions: [],
    endorsedBy: [],
    bookmarkedBy: [],
  },
  {
    slug: 'remote-mining-camp-outreach',
    title: 'Messaging outreach to workers in remote mining camps',
    summary:
      'A pilot that reaches workers in remote mining and quarry camps through a text-message service and visiting outreach teams, to inform them about their rights and offer confidential advice on wages, documents and living conditions.',
    body: `## Problem
Workers in remote mining camps are hours from the nearest town, often without their own transport, and depend on the employer for food, housing and travel. Isolation makes exploitation hard to detect and hard to escape.

## Approach
Outreach teams visit camps with the consent of local authorities and share a short code number for a text-message advice service that works on basic phones. Workers can ask questions anonymously; counsellors answer within a day.

## Technology
An SMS and messenger gateway with a shared inbox for counsellors. Messages are stored for 30 days only. Camp locations are recorded for planning visits, not linked to any worker.

## Results and evidence
Monitoring data from the first year of the pilot: eight camps visited, about 400 workers reached, and 90 advice conversations, mostly about unpaid wages and retained documents.

## Lessons
Visits build the trust that makes people use the text service afterwards. Coordinate with labour inspectors so that serious cases can be followed up.
`,
    organization: 'calri',
    partners: [],
    contributors: ['editor@example.org'],
    focusAreas: ['PREVENTION', 'PROTECTION'],
    purposes: ['PREVENTION_AND_AWARENESS', 'VICTIM_PROTECTION_AND_SUPPORT'],
    formsOfExploitation: ['FORCED_LABOUR'],
    technologies: ['HOTLINE_CHATBOT_AND_MESSAGING'],
    targetUsers: ['SURVIVORS_AND_PEOPLE_AT_RISK', 'LABOUR_INSPECTORS'],
    sectors: ['MINING'],
    countries: ['KZ', 'MN'],
    regions: ['CENTRAL_ASIA'],
    global: false,
    languages: ['ru', 'kk'],
    status: 'PILOT',
    yearStarted: 2024,
    yearEnded: null,
    links: [],
    contact: 'Outreach team, outreach@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'CONSULTED',
    sdg87: true,
    iloIndicators: [
      'ISOLATION',
      'WITHHOLDING_OF_WAGES',
      'RETENTION_OF_IDENTITY_DOCUMENTS',
      'ABUSIVE_WORKING_AND_LIVING_CONDITIONS',
    ],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [],
    bookmarkedBy: ['moderator@example.org'],
  },
  // ── Ministry of Interior – Cybercrime Directorate (GOVERNMENT, GE) ──────────────────────────
  {
    slug: 'osint-training-trafficking-investigators',
    title: 'OSINT training course for anti-trafficking police investigators',
    summary:
      'A blended training course that teaches police investigators to gather open-source intelligence on trafficking networks (recruitment posts, advertisements, company records) lawfully and safely, and to preserve it as evidence for court.',
    body: `## Problem
Trafficking investigations increasingly start or stall online, yet investigators outside the cybercrime unit had little training in open-source research, and evidence collected from the web was sometimes rejected in court.

## Approach
A five-day blended course: two days online on legal limits and operational security, three days in a classroom working through a fictional case from a recruitment post to a financial trail. Graduates can ask the cybercrime unit for mentoring on live cases.

## Technology
Virtual machines prepared for safe browsing, open tools for archiving web pages with hashes and timestamps, and a synthetic social network for exercises, so no real person is searched during training.

## Results and evidence
Monitoring data: 180 investigators trained in three years; the prosecution service reports fewer disputes about the authenticity of online evidence.

## How to replicate
We share the course outline and exercise case with other police training centres. Involve prosecutors in designing the evidence module.
`,
    organization: 'moi-cyber-ge',
    partners: ['natco-at'],
    contributors: ['admin@example.org'],
    focusAreas: ['PROSECUTION'],
    purposes: ['CAPACITY_BUILDING_AND_RESEARCH', 'PROSECUTION_AND_EVIDENCE'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'TECHNOLOGY_FACILITATED'],
    technologies: ['OPEN_SOURCE_INTELLIGENCE', 'E_LEARNING'],
    targetUsers: ['LAW_ENFORCEMENT', 'PROSECUTORS_AND_JUDICIARY'],
    sectors: ['ONLINE_PLATFORMS'],
    countries: ['GE', 'AM'],
    regions: ['SOUTH_CAUCASUS'],
    global: false,
    languages: ['ka', 'en', 'ru'],
    status: 'ACTIVE',
    yearStarted: 2021,
    yearEnded: null,
    links: [],
    contact: 'Training unit, cyber-training@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'NONE',
    sdg87: false,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [
      {
        organization: 'black-sea-protection',
        kind: 'USES',
        comment: 'Recommended to police academies in the region.',
      },
    ],
    bookmarkedBy: ['orgadmin@example.org'],
  },
  {
    slug: 'mobile-forensics-triage-kits',
    title: 'Mobile forensics triage kits for trafficking investigations',
    summary:
      'Portable kits and a procedure that let trained investigators triage seized phones on site, extracting only data relevant to a trafficking case under a warrant, so that victims are identified sooner and devices of witnesses are returned quickly.',
    body: `## Problem
Seized phones waited months for a full forensic examination in the central lab. Meanwhile, information that could identify other victims went unused, and witnesses, including presumed victims, lost their only phone for a long time.

## Approach
Regional units received triage kits and a procedure: a targeted extraction limited by the warrant (for example, messages with specific numbers and photos from a date range), a hash-verified copy, and a report the prosecutor can use. Full extraction remains with the central lab when needed.

## Technology
Hardware write-blockers, commercial extraction software configured for selective extraction, and a case template. Every extraction is logged for audit.

## Results and evidence
An internal evaluation found that triage cut the median time to first usable evidence from about four months to under two weeks. Phones of presumed victims are now usually returned within days.

## Lessons
Selective extraction protects privacy and speeds cases, but only with clear warrants and regular training. Details of the procedure are shared only with law-enforcement partners.
`,
    organization: 'moi-cyber-ge',
    partners: [],
    contributors: ['admin@example.org'],
    focusAreas: ['PROSECUTION'],
    purposes: ['PROSECUTION_AND_EVIDENCE', 'IDENTIFICATION_AND_INVESTIGATION'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'TECHNOLOGY_FACILITATED'],
    technologies: ['DIGITAL_FORENSICS'],
    targetUsers: ['LAW_ENFORCEMENT', 'PROSECUTORS_AND_JUDICIARY'],
    sectors: [],
    countries: ['GE'],
    regions: ['SOUTH_CAUCASUS'],
    global: false,
    languages: ['ka', 'en'],
    status: 'ACTIVE',
    yearStarted: 2020,
    yearEnded: null,
    links: [],
    contact: null,
    evidenceLevel: 'INTERNAL_EVALUATION',
    survivorInvolvement: 'NONE',
    sdg87: false,
    iloIndicators: [],
    visibility: 'RESTRICTED',
    visibleTo: ['GOVERNMENT'],
    state: 'PUBLISHED',
    revisions: [
      {
        status: 'SCALED',
        summary:
          'Portable kits and a procedure that let trained investigators triage seized phones on site, extracting only data relevant to a trafficking case under a warrant. Now rolled out to all regional units.',
      },
    ],
    endorsedBy: [{ organization: 'natco-at', kind: 'USES' }],
    bookmarkedBy: [],
  },
  {
    slug: 'online-child-exploitation-referral-pathway',
    title: 'Referral pathway for reports of online child sexual exploitation',
    summary:
      'An agreed pathway between online platforms, the national hotline, police and child-protection services for handling reports of online child sexual exploitation and trafficking, with deadlines, contact points and a secure reporting form.',
    body: `## Problem
Reports from platforms and the public arrived at different agencies in different formats. Some were handled twice, others not at all, and child-protection services were often informed late.

## Approach
All parties signed a protocol: one secure entry point, triage within 24 hours, immediate notification of child protection when a child in the country may be at risk, and feedback to the reporting platform when the law allows.

## Technology
A secure web form and API for platforms, a case queue shared between the hotline and police, and hash matching against known abuse material so that analysts see less of it.

## Results and evidence
Monitoring data show that the average time from report to police triage fell to under a day, and duplicate handling has almost disappeared.

## How to replicate
Start with the protocol, not the software. Include wellbeing support for analysts from day one.
`,
    organization: 'moi-cyber-ge',
    partners: ['pacific-trust-safety'],
    contributors: ['admin@example.org', 'moderator@example.org'],
    focusAreas: ['PARTNERSHIP', 'PROTECTION', 'PROSECUTION'],
    purposes: ['IDENTIFICATION_AND_INVESTIGATION', 'VICTIM_PROTECTION_AND_SUPPORT'],
    formsOfExploitation: ['CHILD_TRAFFICKING', 'SEXUAL_EXPLOITATION', 'TECHNOLOGY_FACILITATED'],
    technologies: ['WEB_PLATFORM', 'IMAGE_AND_FACIAL_RECOGNITION'],
    targetUsers: [
      'LAW_ENFORCEMENT',
      'ICT_COMPANIES_AND_ONLINE_PLATFORMS',
      'NGOS_AND_SERVICE_PROVIDERS',
    ],
    sectors: ['ONLINE_PLATFORMS'],
    countries: ['GE', 'AM', 'AZ'],
    regions: ['SOUTH_CAUCASUS'],
    global: false,
    languages: ['ka', 'en', 'ru'],
    status: 'ACTIVE',
    yearStarted: 2022,
    yearEnded: null,
    links: [],
    contact: 'Cybercrime directorate, cyber@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'NONE',
    sdg87: false,
    iloIndicators: [],
    visibility: 'MEMBERS',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [
      { organization: 'pacific-trust-safety', kind: 'USES', comment: 'We report through the API.' },
    ],
    bookmarkedBy: [],
  },
  {
    slug: 'forced-marriage-online-awareness',
    title: 'Online awareness campaign on forced and sham marriage',
    summary:
      "A social-media campaign with short videos, a quiz and a helpline number, aimed at young people and parents, on forced marriage and on sham marriages arranged abroad as a route into exploitation, designed with youth groups and a women's NGO.",
    body: `## Problem
Early and forced marriage persists in some communities, and sham marriages arranged abroad are used to move young women into exploitation. Young people rarely recognise the warning signs or know where to get help.

## Approach
Youth groups and a women's NGO co-created short videos and a quiz. The campaign runs twice a year on platforms popular with teenagers and parents, with targeted posts in minority languages. Every post links to the helpline.

## Technology
Short-form video, a web quiz, and paid social-media targeting by age and region, not by ethnicity. Campaign analytics track reach and helpline calls.

## Results and evidence
Monitoring data: each campaign wave reached several hundred thousand people, and helpline calls about marriage rose during campaign weeks. A school survey is planned for an internal evaluation.

## Lessons
Messages by young people for young people outperformed official ones by far. Prepare the helpline before launch: calls spike in the first days.
`,
    organization: 'moi-cyber-ge',
    partners: [],
    contributors: ['admin@example.org'],
    focusAreas: ['PREVENTION'],
    purposes: ['PREVENTION_AND_AWARENESS'],
    formsOfExploitation: ['FORCED_MARRIAGE', 'CHILD_TRAFFICKING', 'SEXUAL_EXPLOITATION'],
    technologies: ['WEB_PLATFORM', 'DATA_ANALYTICS'],
    targetUsers: ['GENERAL_PUBLIC', 'SURVIVORS_AND_PEOPLE_AT_RISK'],
    sectors: [],
    countries: ['GE', 'AZ'],
    regions: ['SOUTH_CAUCASUS'],
    global: false,
    languages: ['ka', 'ru', 'en'],
    status: 'ACTIVE',
    yearStarted: 2023,
    yearEnded: null,
    links: [{ label: 'Campaign quiz', url: 'https://example.org/moi/marriage-quiz' }],
    contact: 'Prevention unit, prevention@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'CONSULTED',
    sdg87: true,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [
      {
        organization: 'black-sea-protection',
        kind: 'REPLICATED',
        comment: 'Adapted for a campaign in Türkiye.',
      },
    ],
    bookmarkedBy: [],
  },
  // ── Tech Against Exploitation Coalition (OTHER, GB) ─────────────────────────────────────────
  {
    slug: 'anti-trafficking-data-exchange-standard',
    title: 'Open data exchange standard for anti-trafficking tools',
    summary:
      'An open, versioned data standard that lets hotlines, case-management systems and research tools exchange non-identifying information (indicators, forms of exploitation, sectors, referral outcomes) using shared codes, so that tools stop reinventing the same fields.',
    body: `## Problem
Hundreds of anti-trafficking tools exist, but each describes cases, indicators and referrals in its own way. Data cannot be combined, and organisations re-enter the same information in several systems.

## Approach
Members of the coalition mapped the fields of fifteen tools and agreed a core vocabulary aligned with the ILO indicators of forced labour and the forms of exploitation in international law. A working group maintains the standard and publishes a new version once a year.

## Technology
A JSON schema with code lists, example documents and a validator. The standard deliberately contains no fields for names, contact details or other direct identifiers.

## Results and evidence
Seven tools export data in the standard; two research projects combined hotline statistics from several countries for the first time. Internal evaluation found that mapping an existing tool takes two to four weeks.

## How to replicate
Adopt the code lists even if you do not exchange data: it makes your statistics comparable. Proposals for new codes are welcome through the [working group](https://example.org/taec/standard).
`,
    organization: 'taec',
    partners: ['cder', 'rmpo'],
    contributors: ['admin@example.org'],
    focusAreas: ['PARTNERSHIP'],
    purposes: ['CAPACITY_BUILDING_AND_RESEARCH'],
    formsOfExploitation: [
      'SEXUAL_EXPLOITATION',
      'FORCED_LABOUR',
      'SLAVERY',
      'SERVITUDE',
      'ORGAN_REMOVAL',
      'FORCED_CRIMINALITY',
      'FORCED_BEGGING',
      'FORCED_MARRIAGE',
    ],
    technologies: ['DATA_ANALYTICS', 'WEB_PLATFORM'],
    targetUsers: [
      'NGOS_AND_SERVICE_PROVIDERS',
      'RESEARCHERS',
      'ICT_COMPANIES_AND_ONLINE_PLATFORMS',
    ],
    sectors: [],
    countries: [],
    regions: ['GLOBAL'],
    global: true,
    languages: ['en'],
    status: 'ACTIVE',
    yearStarted: 2020,
    yearEnded: null,
    links: [
      { label: 'Standard and validator', url: 'https://example.org/taec/standard' },
      { label: 'Code lists', url: 'https://example.org/taec/standard/codes' },
    ],
    contact: 'Standards working group, standards@example.org',
    evidenceLevel: 'INTERNAL_EVALUATION',
    survivorInvolvement: 'CONSULTED',
    sdg87: true,
    iloIndicators: [
      'ABUSE_OF_VULNERABILITY',
      'DECEPTION',
      'RESTRICTION_OF_MOVEMENT',
      'ISOLATION',
      'PHYSICAL_AND_SEXUAL_VIOLENCE',
      'INTIMIDATION_AND_THREATS',
      'RETENTION_OF_IDENTITY_DOCUMENTS',
      'WITHHOLDING_OF_WAGES',
      'DEBT_BONDAGE',
      'ABUSIVE_WORKING_AND_LIVING_CONDITIONS',
      'EXCESSIVE_OVERTIME',
    ],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        summary:
          'An open, versioned data standard that lets hotlines, case-management systems and research tools exchange non-identifying information using shared codes. Version 3 adds referral outcomes and aligns sector codes with labour statistics.',
      },
      { status: 'SCALED' },
    ],
    endorsedBy: [
      {
        organization: 'saferoutes-network',
        kind: 'USES',
        comment: 'Our hotline statistics are exported in the standard.',
      },
      { organization: 'rmpo', kind: 'USES' },
      { organization: 'cder', kind: 'USES' },
    ],
    bookmarkedBy: ['admin@example.org', 'member@example.org'],
  },
  {
    slug: 'exploitative-ad-hash-sharing',
    title: 'Hash-sharing of known exploitative advertisements across platforms',
    summary:
      'A members-only service through which online platforms share digital fingerprints (hashes) of images and texts from advertisements confirmed as exploitative, so that the same material is caught when it is re-posted on another site.',
    body: `## Problem
When one platform removes an exploitative advertisement, the same photos and text often reappear on another site within hours. Each platform starts from zero.

## Approach
Member platforms submit hashes of content their moderators have confirmed as linked to trafficking or exploitation, with a category label. Other members check new uploads against the list and review matches themselves; nobody removes content automatically on the strength of another platform's decision.

## Technology
Perceptual hashes for images and locality-sensitive hashes for text, exchanged through an API. The original content is never shared, only the hashes. An appeals process lets a member contest a hash.

## Results and evidence
Monitoring data: eleven platforms participate; matches lead to removal after human review in most cases. False matches are tracked and published to members every quarter.

## Lessons
Governance matters more than algorithms: clear rules for what may be hashed, audits, and an appeals route made smaller platforms willing to join.
`,
    organization: 'taec',
    partners: ['pacific-trust-safety'],
    contributors: ['admin@example.org', 'moderator@example.org'],
    focusAreas: ['PREVENTION', 'PARTNERSHIP'],
    purposes: ['IDENTIFICATION_AND_INVESTIGATION'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'TECHNOLOGY_FACILITATED'],
    technologies: ['IMAGE_AND_FACIAL_RECOGNITION', 'DATA_ANALYTICS'],
    targetUsers: ['ICT_COMPANIES_AND_ONLINE_PLATFORMS'],
    sectors: ['ONLINE_PLATFORMS', 'SEX_INDUSTRY'],
    countries: ['GB', 'IE', 'US'],
    regions: ['WESTERN_EUROPE', 'NORTH_AMERICA'],
    global: false,
    languages: ['en'],
    status: 'ACTIVE',
    yearStarted: 2022,
    yearEnded: null,
    links: [],
    contact: 'Coalition secretariat, hashes@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'NONE',
    sdg87: false,
    iloIndicators: [],
    visibility: 'MEMBERS',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [
      {
        organization: 'pacific-trust-safety',
        kind: 'USES',
        comment: 'Checked against every new upload.',
      },
    ],
    bookmarkedBy: ['moderator@example.org'],
  },
  {
    slug: 'tech-pro-bono-matching',
    title: 'Pro bono matching of technology volunteers with frontline NGOs',
    summary:
      'A matching service that pairs frontline anti-trafficking NGOs with vetted volunteer engineers, designers and data specialists from member companies for scoped projects of four to twelve weeks, with a security and data-protection checklist for every project.',
    body: `## Problem
Small NGOs need help with websites, databases and data protection, but cannot afford consultants. Companies want to help, yet well-meant volunteer projects often left NGOs with tools nobody could maintain.

## Approach
NGOs describe a need; coalition staff turn it into a scoped project and match it with volunteers. Every project starts with a data-protection checklist and ends with a handover session and documentation. Preference goes to simple, maintainable solutions.

## Technology
A web platform for requests, matching and project tracking. Volunteers sign a confidentiality agreement and never receive case data.

## Results and evidence
More than 120 projects completed across several countries; an internal follow-up found that most tools were still in use a year later, much better than earlier ad-hoc volunteering.

## Lessons
The notes below were pasted from an old wiki page of the first pilot and are kept as they were:

<script>alert('x')</script>

> Old checklist: see [click](javascript:alert(1)) for the original template (link no longer works).

What we learned since: scope projects tightly, insist on a named maintainer at the NGO, and prefer configuring existing open-source tools to writing new code.
`,
    organization: 'taec',
    partners: [],
    contributors: ['admin@example.org', 'newcomer@example.org'],
    focusAreas: ['PARTNERSHIP'],
    purposes: ['CAPACITY_BUILDING_AND_RESEARCH'],
    formsOfExploitation: [],
    technologies: ['WEB_PLATFORM'],
    targetUsers: ['NGOS_AND_SERVICE_PROVIDERS', 'ICT_COMPANIES_AND_ONLINE_PLATFORMS'],
    sectors: [],
    countries: ['GB', 'IE', 'FR', 'DE'],
    regions: ['WESTERN_EUROPE'],
    global: false,
    languages: ['en', 'fr', 'de'],
    status: 'SCALED',
    yearStarted: 2016,
    yearEnded: null,
    links: [{ label: 'Request help', url: 'https://example.org/taec/pro-bono' }],
    contact: 'Programme team, practices@example.org',
    evidenceLevel: 'INTERNAL_EVALUATION',
    survivorInvolvement: 'NONE',
    sdg87: false,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [
      {
        organization: 'saferoutes-network',
        kind: 'USES',
        comment: 'Volunteers rebuilt our shelter map.',
      },
      { organization: 'calri', kind: 'USES' },
    ],
    bookmarkedBy: ['newcomer@example.org'],
  },
  {
    slug: 'survivor-technology-advisory-panel',
    title: 'Survivor advisory panel for technology design',
    summary:
      'A paid panel run by a survivor-led collective that reviews anti-trafficking technology at design stage, before launch and after a year in use, and advises developers on safety, dignity, language and whether a tool should be built at all.',
    body: `## Problem
Many anti-trafficking tools are built without the people they are meant to help. Some expose users to risk, use stigmatising language, or solve problems that survivors do not have.

## Approach
A survivor-led collective recruits, trains and runs the panel; panel members are paid at consultant rates. Developers book a review at one of three stages. The panel's written advice is shared with the developer, who publishes a short response saying what they changed.

## Results and evidence
Thirty reviews in four years. Monitoring data show that most developers changed something significant, most often consent wording, data retention or the quick-exit design. Two projects were stopped after the panel showed they would put users at risk.

## Lessons
- Pay people properly and in time.
- Survivors are experts on their own experience, not a focus group: the panel sets its own agenda.
- Reviews early in design change far more than reviews just before launch.

## How to replicate
The collective shares its terms of reference and payment policy with groups that want to set up a similar panel.
`,
    organization: 'taec',
    partners: ['saferoutes-network'],
    contributors: ['admin@example.org', 'editor@example.org'],
    focusAreas: ['PARTNERSHIP', 'PROTECTION'],
    purposes: ['CAPACITY_BUILDING_AND_RESEARCH', 'VICTIM_PROTECTION_AND_SUPPORT'],
    formsOfExploitation: [
      'SEXUAL_EXPLOITATION',
      'FORCED_LABOUR',
      'SERVITUDE',
      'FORCED_CRIMINALITY',
    ],
    technologies: ['WEB_PLATFORM'],
    targetUsers: [
      'ICT_COMPANIES_AND_ONLINE_PLATFORMS',
      'NGOS_AND_SERVICE_PROVIDERS',
      'SURVIVORS_AND_PEOPLE_AT_RISK',
    ],
    sectors: [],
    countries: ['GB'],
    regions: ['WESTERN_EUROPE'],
    global: false,
    languages: ['en'],
    status: 'ACTIVE',
    yearStarted: 2020,
    yearEnded: null,
    links: [{ label: 'Terms of reference', url: 'https://example.org/taec/survivor-panel' }],
    contact: 'Survivor-led collective, panel@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'SURVIVOR_LED',
    sdg87: true,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        summary:
          'A paid panel run by a survivor-led collective that reviews anti-trafficking technology at design stage, before launch and after a year in use. Since 2025 the panel also publishes an annual summary of what developers changed.',
      },
    ],
    endorsedBy: [
      {
        organization: 'cder',
        kind: 'USES',
        comment: 'Our dataset codebook was reviewed by the panel.',
      },
      { organization: 'safe-work-ua', kind: 'USES' },
    ],
    bookmarkedBy: ['editor@example.org', 'admin@example.org'],
  },
  {
    slug: 'construction-worker-voice-app',
    title: 'Worker voice app for construction sites',
    summary:
      'An anonymous survey and reporting app for workers on large construction sites, run independently of the contractors, that asks about recruitment fees, wages, hours and documents, and turns the answers into risk alerts for the main contractor and its clients.',
    body: `## Problem
Large construction projects rely on long chains of subcontractors and labour providers. Main contractors rarely know who is working on site, how they were recruited or whether they are paid.

## Approach
Posters and site inductions invite workers to answer a short survey in their own language, anonymously, by app or by phone. An independent team analyses the answers and raises alerts with the main contractor, who must respond within a set time. Serious cases are referred to a hotline with the worker's consent.

## Technology
A mobile app and an interactive voice line for workers without smartphones, in twelve languages. Results are aggregated per subcontractor; no answer is ever attributed to an individual.

## Results and evidence
Monitoring data from five sites: recruitment fees were reported by a significant share of workers employed through two labour providers, which were then audited. Clients have started to require the app in tenders.

## Lessons
Workers answered only after a trusted union organiser explained that the app was independent. Keep questions few and concrete.
`,
    organization: 'taec',
    partners: ['imw-ca'],
    contributors: ['admin@example.org'],
    focusAreas: ['PREVENTION', 'PARTNERSHIP'],
    purposes: ['SUPPLY_CHAIN_DUE_DILIGENCE', 'IDENTIFICATION_AND_INVESTIGATION'],
    formsOfExploitation: ['FORCED_LABOUR'],
    technologies: ['MOBILE_APP', 'HOTLINE_CHATBOT_AND_MESSAGING', 'DATA_ANALYTICS'],
    targetUsers: ['BUSINESSES_AND_SUPPLY_CHAINS', 'SURVIVORS_AND_PEOPLE_AT_RISK'],
    sectors: ['CONSTRUCTION'],
    countries: ['GB'],
    regions: ['WESTERN_EUROPE'],
    global: false,
    languages: ['en', 'ro', 'lt', 'pt', 'uk'],
    status: 'PILOT',
    yearStarted: 2023,
    yearEnded: null,
    links: [],
    contact: 'Worker voice team, workervoice@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'CONSULTED',
    sdg87: true,
    iloIndicators: [
      'DEBT_BONDAGE',
      'WITHHOLDING_OF_WAGES',
      'EXCESSIVE_OVERTIME',
      'RETENTION_OF_IDENTITY_DOCUMENTS',
    ],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        status: 'ACTIVE',
        summary:
          'An anonymous survey and reporting app for workers on large construction sites, run independently of the contractors. After a five-site pilot it is now offered to any main contractor in the coalition.',
      },
    ],
    endorsedBy: [
      {
        organization: 'baltic-labour-inspectorates',
        kind: 'USES',
        comment: 'Aggregated alerts help us plan inspections.',
      },
    ],
    bookmarkedBy: [],
  },
  // ── Baltic Labour Inspectorate Network (GOVERNMENT, LT) ─────────────────────────────────────
  {
    slug: 'labour-inspection-risk-scoring',
    title: 'Risk scoring to target labour inspections at forced-labour risk',
    summary:
      'A risk model that combines registry, tax, social-insurance and complaint data to rank workplaces by risk of severe labour exploitation, so that inspectorates in three countries can send their limited inspectors where forced labour is most likely.',
    body: `## Problem
Each inspector can visit only a few hundred workplaces a year, and inspections chosen at random or by complaint rarely find the most serious cases, where workers are too afraid to complain.

## Approach
The inspectorates pooled the findings of past inspections and agreed risk factors: sudden growth in posted or temporary workers, wages declared at exactly the minimum with long hours, many workers registered at one address, and links to companies sanctioned before. Inspectors see the score and the reasons, and decide.

## Technology
A scoring model updated monthly from data-sharing agreements with the tax and social-insurance authorities. A bias audit checks that the model does not simply target migrant-owned businesses.

## Results and evidence
An independent evaluation compared risk-targeted and routine inspections over two years: targeted inspections found serious violations about three times as often, including several cases referred to police as suspected forced labour.

## Lessons
The legal basis for data sharing took longer than the model. Involve inspectors in choosing risk factors, or they will not trust the scores.
`,
    organization: 'baltic-labour-inspectorates',
    partners: ['cder'],
    contributors: ['orgadmin@example.org'],
    focusAreas: ['PREVENTION', 'PROSECUTION', 'PARTNERSHIP'],
    purposes: ['IDENTIFICATION_AND_INVESTIGATION'],
    formsOfExploitation: ['FORCED_LABOUR'],
    technologies: ['DATA_ANALYTICS', 'ARTIFICIAL_INTELLIGENCE'],
    targetUsers: ['LABOUR_INSPECTORS', 'GOVERNMENTS_AND_POLICY_MAKERS'],
    sectors: [
      'CONSTRUCTION',
      'AGRICULTURE',
      'MANUFACTURING_AND_GARMENTS',
      'LOGISTICS_AND_TRANSPORT',
    ],
    countries: ['LT', 'LV', 'EE'],
    regions: ['NORTHERN_EUROPE'],
    global: false,
    languages: ['lt', 'en', 'ru'],
    status: 'SCALED',
    yearStarted: 2017,
    yearEnded: null,
    links: [{ label: 'Evaluation summary', url: 'https://example.org/bli/risk-evaluation' }],
    contact: 'Network secretariat, inspectorates@example.org',
    evidenceLevel: 'INDEPENDENT_EVALUATION',
    survivorInvolvement: 'NONE',
    sdg87: true,
    iloIndicators: [
      'EXCESSIVE_OVERTIME',
      'WITHHOLDING_OF_WAGES',
      'ABUSIVE_WORKING_AND_LIVING_CONDITIONS',
      'DEBT_BONDAGE',
    ],
    visibility: 'MEMBERS',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        summary:
          'A risk model that combines registry, tax, social-insurance and complaint data to rank workplaces by risk of severe labour exploitation. An independent evaluation found that targeted inspections uncover serious violations about three times as often as routine ones.',
      },
      {
        title: 'Risk scoring to target labour inspections at forced-labour risk (three countries)',
      },
    ],
    endorsedBy: [
      {
        organization: 'natco-at',
        kind: 'USES',
        comment: 'Discussed with our labour inspectorate.',
      },
      { organization: 'imw-ca', kind: 'USES' },
    ],
    bookmarkedBy: ['orgadmin@example.org', 'member@example.org'],
  },
  {
    slug: 'posted-workers-cross-border-check',
    title: 'Cross-border check of posted-worker declarations',
    summary:
      'An arrangement between labour inspectorates to check, within days, whether workers declared as posted from another country are really employed and insured there, exposing letter-box companies used to move workers into exploitative jobs.',
    body: `## Problem
Letter-box companies in one country "post" workers to another, where they work long hours for far less than the declared wage. Checking the sending company used to take months of letters between authorities.

## Approach
Inspectorates agreed a standard request form and a five-working-day response time for urgent checks. Each country designated a contact point with access to its own registers.

## Technology
A secure messaging channel between contact points, with structured requests and answers, and a shared list of companies found to be letter-box entities. Access is limited to inspectorate staff.

## Results and evidence
Internal evaluation: median response time fell from eleven weeks to six days. Several investigations of suspected forced labour in road haulage and construction started from these checks.

## How to replicate
Start with two neighbouring countries and a handful of urgent cases to show the value before scaling up.
`,
    organization: 'baltic-labour-inspectorates',
    partners: [],
    contributors: ['orgadmin@example.org'],
    focusAreas: ['PROSECUTION', 'PARTNERSHIP'],
    purposes: ['IDENTIFICATION_AND_INVESTIGATION'],
    formsOfExploitation: ['FORCED_LABOUR'],
    technologies: ['WEB_PLATFORM', 'DATA_ANALYTICS'],
    targetUsers: ['LABOUR_INSPECTORS'],
    sectors: ['LOGISTICS_AND_TRANSPORT', 'CONSTRUCTION'],
    countries: ['LT', 'LV', 'EE', 'PL', 'FI'],
    regions: ['NORTHERN_EUROPE', 'CENTRAL_EUROPE'],
    global: false,
    languages: ['lt', 'en'],
    status: 'ACTIVE',
    yearStarted: 2019,
    yearEnded: null,
    links: [],
    contact: null,
    evidenceLevel: 'INTERNAL_EVALUATION',
    survivorInvolvement: 'NONE',
    sdg87: true,
    iloIndicators: ['DECEPTION', 'WITHHOLDING_OF_WAGES', 'EXCESSIVE_OVERTIME'],
    visibility: 'RESTRICTED',
    visibleTo: ['GOVERNMENT'],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [],
    bookmarkedBy: [],
  },
  {
    slug: 'inspector-worker-interview-e-learning',
    title: 'E-learning for labour inspectors on interviewing workers at risk',
    summary:
      'An online course that trains labour inspectors to interview workers who may be in forced labour: choosing a safe place, working with interpreters, recognising the ILO indicators, and referring people to support services rather than only sanctioning employers.',
    body: `## Problem
Inspectors are trained to check documents, not to talk with frightened workers. Interviews on site, in front of supervisors, produced rehearsed answers.

## Approach
Six modules with video role-plays, written with an NGO and survivor advisers: preparing the visit, separating workers from supervisors, questions that do not lead, using interpreters, spotting indicators such as retained documents or debts, and referral.

## Technology
An e-learning platform with video, branching scenarios and a final assessment; available in three languages.

## Results and evidence
About 350 inspectors completed the course. An internal evaluation found more referrals to support services by trained inspectors than by untrained colleagues in the following year.

## Lessons
The role-play videos were the most valued part. Inspectors asked for a short pocket guide as well, which we added.
`,
    organization: 'baltic-labour-inspectorates',
    partners: ['saferoutes-network'],
    contributors: ['orgadmin@example.org'],
    focusAreas: ['PROTECTION', 'PREVENTION'],
    purposes: ['CAPACITY_BUILDING_AND_RESEARCH', 'IDENTIFICATION_AND_INVESTIGATION'],
    formsOfExploitation: ['FORCED_LABOUR', 'SERVITUDE'],
    technologies: ['E_LEARNING'],
    targetUsers: ['LABOUR_INSPECTORS'],
    sectors: ['AGRICULTURE', 'CONSTRUCTION', 'HOSPITALITY_AND_TOURISM'],
    countries: ['LT', 'LV', 'EE'],
    regions: ['NORTHERN_EUROPE'],
    global: false,
    languages: ['lt', 'ru', 'en'],
    status: 'ACTIVE',
    yearStarted: 2020,
    yearEnded: null,
    links: [],
    contact: 'Training coordinator, inspect-training@example.org',
    evidenceLevel: 'INTERNAL_EVALUATION',
    survivorInvolvement: 'CO_DESIGNED',
    sdg87: true,
    iloIndicators: [
      'ABUSE_OF_VULNERABILITY',
      'INTIMIDATION_AND_THREATS',
      'RETENTION_OF_IDENTITY_DOCUMENTS',
      'DEBT_BONDAGE',
      'ISOLATION',
    ],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [
      {
        organization: 'natco-at',
        kind: 'REPLICATED',
        comment: 'Translated and adapted for our inspectors.',
      },
    ],
    bookmarkedBy: ['orgadmin@example.org'],
  },
  {
    slug: 'truck-driver-rest-stop-outreach',
    title: 'Multilingual outreach to long-haul truck drivers at rest stops',
    summary:
      'Outreach teams and QR-code posters at motorway rest stops gave long-haul truck drivers information on pay, driving-time rules and their rights in several languages, with a line for confidential advice. Discontinued when funding ended; lessons shared.',
    body: `## Problem
Drivers from outside the region, hired through agencies in third countries, spend months in their cabs on European roads. Reports described unpaid wages, retained documents and drivers unable to go home.

## Approach
Outreach teams visited large rest stops at weekends, handing out leaflets and talking to drivers. Posters in washrooms carried a QR code to a mobile page in eight languages and a number for confidential advice.

## Technology
A lightweight mobile web page reached by QR code, and a messenger line answered by a union adviser.

## Results and evidence
Monitoring data: the page was visited a few thousand times and the advice line handled about 200 conversations, mostly about pay and driving hours. Several complaints were passed to labour inspectors.

## Lessons
Funding ended in 2022 and the outreach stopped. Lessons:
- Drivers trusted union advisers far more than official services.
- QR posters only work next to a face-to-face offer; alone, they were ignored.
- A project of this kind needs a permanent host; the union has since taken over the advice line.
`,
    organization: 'baltic-labour-inspectorates',
    partners: [],
    contributors: ['orgadmin@example.org'],
    focusAreas: ['PREVENTION', 'PROTECTION'],
    purposes: ['PREVENTION_AND_AWARENESS'],
    formsOfExploitation: ['FORCED_LABOUR'],
    technologies: ['WEB_PLATFORM', 'HOTLINE_CHATBOT_AND_MESSAGING'],
    targetUsers: ['SURVIVORS_AND_PEOPLE_AT_RISK'],
    sectors: ['LOGISTICS_AND_TRANSPORT'],
    countries: ['LT', 'PL', 'DE'],
    regions: ['NORTHERN_EUROPE', 'CENTRAL_EUROPE', 'WESTERN_EUROPE'],
    global: false,
    languages: ['en', 'ru', 'lt', 'uk', 'tr'],
    status: 'DISCONTINUED',
    yearStarted: 2019,
    yearEnded: 2022,
    links: [],
    contact: null,
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'NONE',
    sdg87: false,
    iloIndicators: [
      'RETENTION_OF_IDENTITY_DOCUMENTS',
      'WITHHOLDING_OF_WAGES',
      'EXCESSIVE_OVERTIME',
      'RESTRICTION_OF_MOVEMENT',
    ],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [],
    bookmarkedBy: [],
  },
  // ── Mediterranean Shelter Alliance (CIVIL_SOCIETY, TN) ──────────────────────────────────────
  {
    slug: 'mediterranean-legal-aid-chat',
    title: 'Legal-aid chat for trafficked persons along the central Mediterranean route',
    summary:
      'A confidential chat service in Arabic, French, Italian and English where lawyers and trained paralegals answer questions from trafficked persons and people at risk about residence permits, asylum, compensation and criminal proceedings in transit and destination countries.',
    body: `## Problem
People moving along the central Mediterranean route often do not know that being trafficked gives them rights to protection and residence. Lawyers are scarce and in different countries; people move on before an appointment is possible.

## Approach
Lawyers and paralegals from partner organisations in three countries share one chat rota. Advice is general unless the person wants individual help, in which case they are referred to a lawyer where they are. Survivor advisers tested the first replies and helped write a glossary of legal terms in plain language.

## Technology
A web chat and a messenger channel with end-to-end encryption, a knowledge base of model answers reviewed every quarter, and automatic deletion of conversations after 60 days.

## Results and evidence
Monitoring data: about 2,000 conversations a year, mostly about residence permits and fear of expulsion. An internal evaluation is planned for next year.

## How to replicate
Agree the division of responsibility between countries in writing, especially for urgent cases; time zones and public holidays need a rota that covers them.
`,
    organization: 'med-shelter-alliance',
    partners: ['rmpo'],
    contributors: ['editor@example.org'],
    focusAreas: ['PROTECTION'],
    purposes: ['VICTIM_PROTECTION_AND_SUPPORT'],
    formsOfExploitation: [
      'SEXUAL_EXPLOITATION',
      'FORCED_LABOUR',
      'SERVITUDE',
      'FORCED_CRIMINALITY',
    ],
    technologies: ['HOTLINE_CHATBOT_AND_MESSAGING', 'WEB_PLATFORM'],
    targetUsers: ['SURVIVORS_AND_PEOPLE_AT_RISK'],
    sectors: [],
    countries: ['TN', 'IT', 'MT'],
    regions: ['MEDITERRANEAN_PARTNERS', 'SOUTHERN_EUROPE'],
    global: false,
    languages: ['ar', 'fr', 'it', 'en'],
    status: 'ACTIVE',
    yearStarted: 2020,
    yearEnded: null,
    links: [{ label: 'Plain-language legal glossary', url: 'https://example.org/msa/glossary' }],
    contact: 'Legal-aid coordinator, legalaid@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'CONSULTED',
    sdg87: true,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        summary:
          'A confidential chat service in Arabic, French, Italian and English where lawyers and trained paralegals answer questions from trafficked persons and people at risk about residence, asylum, compensation and criminal proceedings. Extended to Malta in 2024.',
      },
    ],
    endorsedBy: [
      { organization: 'rmpo', kind: 'USES', comment: 'Referred to by our protection officers.' },
    ],
    bookmarkedBy: ['editor@example.org'],
  },
  {
    slug: 'domestic-workers-messaging-groups',
    title: 'Moderated messaging groups for migrant domestic workers',
    summary:
      'Closed, moderated messaging groups where migrant domestic workers share practical information, get answers from an NGO adviser on contracts, days off and documents, and can ask privately for help if they are locked in, unpaid or threatened.',
    body: `## Problem
Domestic workers live in their employer's home, often without a day off, with their passport kept by the employer, and with no colleagues. Isolation is the main tool of control, and many have only their phone.

## Approach
Groups are organised by language and moderated by community leaders who were domestic workers themselves, supported by an NGO adviser. The groups share information on rights and services; anyone can send a private message to the adviser. Workers co-designed the rules, including what may never be posted (photos of people, employer names).

## Technology
Closed groups on a widely used messenger app, with a bot that answers frequent questions and explains how to hide the chat. The NGO keeps no copy of the group conversations.

## Results and evidence
Monitoring data: about 1,800 members across groups; each month the adviser handles private requests, a small number of which lead to an emergency exit organised with police and a shelter.

## Lessons
Moderation by peers builds trust. Have an emergency procedure agreed with police and shelters before the first call for help arrives.
`,
    organization: 'med-shelter-alliance',
    partners: [],
    contributors: ['editor@example.org'],
    focusAreas: ['PROTECTION', 'PREVENTION'],
    purposes: ['VICTIM_PROTECTION_AND_SUPPORT', 'PREVENTION_AND_AWARENESS'],
    formsOfExploitation: ['SERVITUDE', 'FORCED_LABOUR'],
    technologies: ['HOTLINE_CHATBOT_AND_MESSAGING'],
    targetUsers: ['SURVIVORS_AND_PEOPLE_AT_RISK'],
    sectors: ['DOMESTIC_WORK', 'CARE_WORK'],
    countries: ['TN', 'JO', 'EG'],
    regions: ['MEDITERRANEAN_PARTNERS'],
    global: false,
    languages: ['ar', 'fr', 'en'],
    status: 'ACTIVE',
    yearStarted: 2019,
    yearEnded: null,
    links: [],
    contact: 'Programme team, practices@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'CO_DESIGNED',
    sdg87: true,
    iloIndicators: [
      'ISOLATION',
      'RESTRICTION_OF_MOVEMENT',
      'RETENTION_OF_IDENTITY_DOCUMENTS',
      'WITHHOLDING_OF_WAGES',
      'INTIMIDATION_AND_THREATS',
      'PHYSICAL_AND_SEXUAL_VIOLENCE',
    ],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [
      { organization: 'imw-ca', kind: 'USES', comment: 'Informs our care-worker research.' },
      { organization: 'saferoutes-network', kind: 'REPLICATED' },
    ],
    bookmarkedBy: ['moderator@example.org'],
  },
  {
    slug: 'shelter-digital-safety-training',
    title: 'Digital safety training for shelter residents',
    summary:
      'Short, practical sessions and a self-study course that help shelter residents secure their phones and social-media accounts, recognise tracking and impersonation, and stay in touch with family without revealing where they are.',
    body: `## Problem
Traffickers often keep contact with people after they leave, through shared accounts, location sharing and messages to family. Residents and staff were unsure how to check a phone or which settings mattered.

## Approach
Trained staff run four short sessions with residents, in small groups and at their own pace: checking a phone for tracking, securing accounts, safe contact with family, and spotting fake job offers and impersonation. A self-study version lets residents continue after leaving.

## Technology
A mobile-friendly e-learning course with short videos, plus a checklist used with each resident on arrival.

## Results and evidence
Internal evaluation: staff found location sharing or unknown devices linked to accounts in a notable share of first checks. Residents rated the sessions highly; many asked for a refresher after leaving.

## How to replicate
Train staff first. Never take a phone away from a resident: do the check together and let the person decide.
`,
    organization: 'med-shelter-alliance',
    partners: ['taec'],
    contributors: ['editor@example.org', 'newcomer@example.org'],
    focusAreas: ['PROTECTION'],
    purposes: ['VICTIM_PROTECTION_AND_SUPPORT', 'CAPACITY_BUILDING_AND_RESEARCH'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'TECHNOLOGY_FACILITATED'],
    technologies: ['E_LEARNING', 'MOBILE_APP'],
    targetUsers: ['SURVIVORS_AND_PEOPLE_AT_RISK', 'NGOS_AND_SERVICE_PROVIDERS'],
    sectors: [],
    countries: ['TN', 'MA'],
    regions: ['MEDITERRANEAN_PARTNERS'],
    global: false,
    languages: ['ar', 'fr'],
    status: 'ACTIVE',
    yearStarted: 2022,
    yearEnded: null,
    links: [],
    contact: 'Programme team, practices@example.org',
    evidenceLevel: 'INTERNAL_EVALUATION',
    survivorInvolvement: 'CO_DESIGNED',
    sdg87: false,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [
      {
        organization: 'safe-work-ua',
        kind: 'REPLICATED',
        comment: 'Used in our sessions for displaced women.',
      },
    ],
    bookmarkedBy: [],
  },
  {
    slug: 'separated-minors-family-tracing',
    title: 'Family-tracing support for separated and unaccompanied minors',
    summary:
      'An idea for a protected family-tracing service for unaccompanied minors at risk of trafficking, using careful identity checks before any contact is made, so that children are not handed over to traffickers posing as relatives.',
    body: `## Problem
Unaccompanied children arriving by sea are sometimes claimed by adults who say they are relatives. Checks vary between places, and some children disappear from reception centres soon after.

## Approach
We propose a protected tracing process run by child-protection services: the child's own account, checks of documents and family links, an interview with the claimed relative, and a best-interests decision before any contact or handover.

## Technology
A case-management module for tracing requests with strict access control; no use of facial recognition, which we consider disproportionate for children.

## Lessons
Idea stage. We are discussing the legal framework and data protection with child-protection authorities in two countries before any pilot.
`,
    organization: 'med-shelter-alliance',
    partners: ['rmpo'],
    contributors: ['editor@example.org'],
    focusAreas: ['PROTECTION', 'PARTNERSHIP'],
    purposes: ['VICTIM_PROTECTION_AND_SUPPORT'],
    formsOfExploitation: ['CHILD_TRAFFICKING'],
    technologies: ['WEB_PLATFORM'],
    targetUsers: ['NGOS_AND_SERVICE_PROVIDERS', 'GOVERNMENTS_AND_POLICY_MAKERS'],
    sectors: [],
    countries: ['TN', 'IT', 'GR'],
    regions: ['MEDITERRANEAN_PARTNERS', 'SOUTHERN_EUROPE'],
    global: false,
    languages: ['ar', 'it', 'en'],
    status: 'IDEA',
    yearStarted: 2025,
    yearEnded: null,
    links: [],
    contact: null,
    evidenceLevel: 'NONE',
    survivorInvolvement: 'NONE',
    sdg87: false,
    iloIndicators: [],
    visibility: 'MEMBERS',
    visibleTo: [],
    state: 'DRAFT',
    revisions: [],
    endorsedBy: [],
    bookmarkedBy: [],
  },
  // ── Pacific Trust and Safety Lab (PRIVATE_SECTOR, JP) ───────────────────────────────────────
  {
    slug: 'classifieds-job-ad-screening-jp',
    title: 'Screening classified job ads for recruitment-fraud and trafficking indicators',
    summary:
      'A production system that screens every job advertisement on a large classifieds platform for indicators of deceptive recruitment and trafficking (unrealistic pay, fees, housing "provided", messenger-only contact) and routes risky ads to trained moderators before they go live.',
    body: `## Problem
Our classifieds platform publishes hundreds of thousands of job ads a month. A small share are used to lure people, including foreign workers and young women, into exploitative work. Removing ads after publication was too late.

## Approach
Every new job ad receives a risk score before publication. Low-risk ads go live; high-risk ads are held for review by moderators trained with an NGO. Repeat patterns (the same phone number for many "employers") lead to account checks.

## Technology
A multilingual text classifier, rules for known patterns, and image hashes shared through an industry hash list. Models are retrained monthly with moderator decisions. Appeals are handled by a separate team.

## Results and evidence
Monitoring data: about 1% of job ads are held; roughly half of those are rejected after review. Reports of fraudulent job ads from users fell noticeably after launch.

## How to replicate
Start with the indicator list researchers have published and your own moderators' knowledge. Measure false positives: legitimate small employers also write short ads.
`,
    organization: 'pacific-trust-safety',
    partners: ['cder'],
    contributors: ['moderator@example.org'],
    focusAreas: ['PREVENTION'],
    purposes: ['PREVENTION_AND_AWARENESS', 'IDENTIFICATION_AND_INVESTIGATION'],
    formsOfExploitation: ['FORCED_LABOUR', 'SEXUAL_EXPLOITATION', 'TECHNOLOGY_FACILITATED'],
    technologies: ['ARTIFICIAL_INTELLIGENCE', 'DATA_ANALYTICS'],
    targetUsers: ['ICT_COMPANIES_AND_ONLINE_PLATFORMS'],
    sectors: ['ONLINE_PLATFORMS', 'HOSPITALITY_AND_TOURISM'],
    countries: ['JP', 'KR'],
    regions: ['ASIAN_PARTNERS'],
    global: false,
    languages: ['ja', 'en'],
    status: 'ACTIVE',
    yearStarted: 2020,
    yearEnded: null,
    links: [],
    contact: 'Trust and safety team, trust@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'NONE',
    sdg87: true,
    iloIndicators: ['DECEPTION', 'DEBT_BONDAGE'],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        status: 'SCALED',
        summary:
          'A production system that screens every job advertisement on two classifieds platforms for indicators of deceptive recruitment and trafficking and routes risky ads to trained moderators before they go live. Now licensed to a second platform in the region.',
      },
    ],
    endorsedBy: [
      { organization: 'cder', kind: 'USES', comment: 'Our indicator list informed the model.' },
      { organization: 'taec', kind: 'USES' },
    ],
    bookmarkedBy: ['moderator@example.org', 'newcomer@example.org'],
  },
  {
    slug: 'escort-ad-moderation-signals',
    title: 'Moderation signals for exploitative adult-services advertising',
    summary:
      'A set of moderation signals and review workflows for adult-services advertisements that helps moderators spot indicators of third-party control, minors and trafficking, and refer urgent cases to police, while respecting people who advertise independently.',
    body: `## Problem
Adult-services advertisements include both independent adults and people who are controlled or trafficked. Crude keyword filters either removed everything or nothing, and pushed ads to less careful sites.

## Approach
With sex-worker-led organisations and a survivor-led collective we defined signals of third-party control: the same contact number across many ads, ads posted in batches from one device, the same photos with different names, wording indicating youth. Moderators review flagged ads; suspected minors are referred to police immediately.

## Technology
Rules and a classifier over ad metadata and text, image hashing to find re-used photos, and a referral form to the national hotline and police.

## Results and evidence
Monitoring data show several referrals per month that police judged relevant. Signals and thresholds are shared with members only, to avoid helping exploiters evade them.

## Lessons
Involving both sex-worker-led organisations and survivor advisers was difficult and essential: each saw harms the other did not.
`,
    organization: 'pacific-trust-safety',
    partners: ['taec'],
    contributors: ['moderator@example.org'],
    focusAreas: ['PROTECTION', 'PROSECUTION'],
    purposes: ['IDENTIFICATION_AND_INVESTIGATION'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'CHILD_TRAFFICKING', 'TECHNOLOGY_FACILITATED'],
    technologies: ['ARTIFICIAL_INTELLIGENCE', 'IMAGE_AND_FACIAL_RECOGNITION'],
    targetUsers: ['ICT_COMPANIES_AND_ONLINE_PLATFORMS', 'LAW_ENFORCEMENT'],
    sectors: ['SEX_INDUSTRY', 'ONLINE_PLATFORMS'],
    countries: ['JP', 'AU'],
    regions: ['ASIAN_PARTNERS'],
    global: false,
    languages: ['ja', 'en'],
    status: 'ACTIVE',
    yearStarted: 2021,
    yearEnded: null,
    links: [],
    contact: 'Trust and safety team, trust@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'CONSULTED',
    sdg87: false,
    iloIndicators: [],
    visibility: 'MEMBERS',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [],
    bookmarkedBy: [],
  },
  {
    slug: 'platform-trafficking-transparency-reporting',
    title: 'Transparency reporting on trafficking-related content moderation',
    summary:
      'A public, twice-yearly report on how many advertisements, accounts and messages the platform removed for trafficking and exploitation, how they were found, appeal outcomes and referrals to authorities, with a method note others can copy.',
    body: `## Problem
Platforms say they fight trafficking but publish few numbers, and the numbers they publish cannot be compared. Regulators, researchers and NGOs cannot tell what works.

## Approach
We publish a twice-yearly report with a fixed set of metrics: items removed by policy, share detected automatically versus by users or trusted flaggers, appeals and reinstatements, referrals to hotlines and police, and average time to action. Definitions are published and do not change without notice.

## Technology
Metrics are computed from moderation logs by a reproducible pipeline and checked by an internal audit team.

## Results and evidence
Five reports published. Two other platforms adopted the same metric definitions, which makes comparisons possible for the first time.

## How to replicate
Use the [metric definitions](https://example.org/ptsl/transparency-metrics). Publish numbers even when they are unflattering; trust comes from consistency.
`,
    organization: 'pacific-trust-safety',
    partners: [],
    contributors: ['moderator@example.org', 'admin@example.org'],
    focusAreas: ['PARTNERSHIP', 'PREVENTION'],
    purposes: ['CAPACITY_BUILDING_AND_RESEARCH'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'TECHNOLOGY_FACILITATED'],
    technologies: ['DATA_ANALYTICS'],
    targetUsers: ['GOVERNMENTS_AND_POLICY_MAKERS', 'RESEARCHERS', 'GENERAL_PUBLIC'],
    sectors: ['ONLINE_PLATFORMS'],
    countries: ['JP'],
    regions: ['ASIAN_PARTNERS', 'GLOBAL'],
    global: true,
    languages: ['ja', 'en'],
    status: 'ACTIVE',
    yearStarted: 2022,
    yearEnded: null,
    links: [
      { label: 'Latest report', url: 'https://example.org/ptsl/transparency' },
      { label: 'Metric definitions', url: 'https://example.org/ptsl/transparency-metrics' },
    ],
    contact: 'Policy team, policy@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'NONE',
    sdg87: false,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [
      {
        organization: 'taec',
        kind: 'REPLICATED',
        comment: 'Metric definitions adopted as a coalition recommendation.',
      },
    ],
    bookmarkedBy: [],
  },
  {
    slug: 'live-stream-abuse-payment-signals',
    title: 'Payment signals to detect paid live-streamed child sexual abuse',
    summary:
      'A draft pilot combining small cross-border payment patterns with platform signals to detect customers who pay for live-streamed child sexual abuse, shared between a payment provider, a platform and police under a formal agreement.',
    body: `## Problem
Offenders pay small sums to facilitators abroad to watch abuse of children streamed live. The streams leave little trace, but the payments do.

## Approach
A payment provider flags customers who make repeated small transfers to known high-risk corridors combined with other indicators; the platform checks its own signals for the same accounts; matches go to police through the agreed channel. Children identified are referred to child-protection authorities in their country.

## Technology
Financial transaction monitoring rules, a privacy-preserving matching step so that neither party sees the other's full data, and a secure referral channel.

## Lessons
Draft, not yet started: the legal basis for matching data between a bank and a platform is still under review, and indicator details will only be shared with law-enforcement and industry partners.
`,
    organization: 'pacific-trust-safety',
    partners: ['nordic-payments-fcu'],
    contributors: ['moderator@example.org', 'member@example.org'],
    focusAreas: ['PROSECUTION', 'PARTNERSHIP'],
    purposes: ['IDENTIFICATION_AND_INVESTIGATION', 'PROSECUTION_AND_EVIDENCE'],
    formsOfExploitation: ['CHILD_TRAFFICKING', 'SEXUAL_EXPLOITATION', 'TECHNOLOGY_FACILITATED'],
    technologies: ['FINANCIAL_TRANSACTION_MONITORING', 'DATA_ANALYTICS'],
    targetUsers: [
      'FINANCIAL_INSTITUTIONS',
      'ICT_COMPANIES_AND_ONLINE_PLATFORMS',
      'LAW_ENFORCEMENT',
    ],
    sectors: ['ONLINE_PLATFORMS'],
    countries: ['JP', 'TH', 'AU'],
    regions: ['ASIAN_PARTNERS'],
    global: false,
    languages: ['en', 'ja'],
    status: 'PILOT',
    yearStarted: 2026,
    yearEnded: null,
    links: [],
    contact: null,
    evidenceLevel: 'NONE',
    survivorInvolvement: 'NONE',
    sdg87: false,
    iloIndicators: [],
    visibility: 'RESTRICTED',
    visibleTo: ['GOVERNMENT', 'PRIVATE_SECTOR'],
    state: 'DRAFT',
    revisions: [],
    endorsedBy: [],
    bookmarkedBy: [],
  },
  // ── Institute for Migration and Work (ACADEMIA, CA) ─────────────────────────────────────────
  {
    slug: 'recruitment-fee-debt-calculator',
    title: 'Recruitment-fee and debt calculator for migrant workers',
    summary:
      'A free online calculator that shows migrant workers and their advisers how recruitment fees, loans, deductions for housing and transport add up against promised wages, and how long repaying them would really take, with plain-language explanations of debt bondage.',
    body: `## Problem
Workers often accept a job abroad knowing they owe a fee, but not how fees, interest, housing and transport deductions combine. A debt that looks manageable at home can take a year of wages to repay, which is how debt bondage begins.

## Approach
The calculator asks for the promised wage, hours, fees, loans and deductions, and shows the months needed to repay and the real hourly wage. It explains which fees are illegal under the employer-pays principle and where to get help. Workers' organisations tested it in focus groups.

## Technology
A static web application that runs entirely in the browser; nothing entered is sent or stored. Available in English, French and Spanish, with more languages planned.

## Results and evidence
An independent evaluation with advisers in two countries found that the calculator helped workers negotiate or refuse offers with excessive fees. Monitoring data show steady use by advisers in consulates and NGOs.

## How to replicate
The code and formulas are open. Update wage and legal data every year; an outdated minimum wage makes results misleading.
`,
    organization: 'imw-ca',
    partners: ['calri'],
    contributors: ['newcomer@example.org'],
    focusAreas: ['PREVENTION'],
    purposes: ['PREVENTION_AND_AWARENESS', 'CAPACITY_BUILDING_AND_RESEARCH'],
    formsOfExploitation: ['FORCED_LABOUR'],
    technologies: ['WEB_PLATFORM'],
    targetUsers: ['SURVIVORS_AND_PEOPLE_AT_RISK', 'NGOS_AND_SERVICE_PROVIDERS'],
    sectors: ['AGRICULTURE', 'CARE_WORK', 'CONSTRUCTION'],
    countries: ['CA', 'US'],
    regions: ['NORTH_AMERICA'],
    global: false,
    languages: ['en', 'fr', 'es'],
    status: 'ACTIVE',
    yearStarted: 2018,
    yearEnded: null,
    links: [{ label: 'Calculator', url: 'https://example.org/imw/fee-calculator' }],
    contact: 'Programme team, practices@example.org',
    evidenceLevel: 'INDEPENDENT_EVALUATION',
    survivorInvolvement: 'CONSULTED',
    sdg87: true,
    iloIndicators: ['DEBT_BONDAGE', 'DECEPTION', 'WITHHOLDING_OF_WAGES'],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        summary:
          'A free online calculator that shows migrant workers and their advisers how recruitment fees, loans and deductions add up against promised wages, and how long repaying them would take. An independent evaluation confirmed its use in negotiating offers.',
      },
    ],
    endorsedBy: [
      {
        organization: 'calri',
        kind: 'REPLICATED',
        comment: 'Russian-language version with Central Asian wage data.',
      },
      { organization: 'safe-work-ua', kind: 'USES' },
    ],
    bookmarkedBy: ['newcomer@example.org'],
  },
  {
    slug: 'migrant-care-worker-longitudinal-survey',
    title: 'Longitudinal survey of migrant care workers',
    summary:
      'A five-year panel survey following migrant home-care and residential care workers to measure how recruitment channels, visa conditions and employer practices relate to indicators of forced labour, with results published as open, anonymised tables.',
    body: `## Problem
Policy on care migration is made with little evidence about what happens to workers over time. Cross-sectional snapshots miss how debts, visa ties to one employer and isolation develop.

## Approach
We recruited a panel of care workers through community organisations and follow them with a short survey every six months. Questions are based on the ILO indicators of forced labour and were tested with care workers. Participants can answer by phone, online or with a peer interviewer.

## Technology
A secure survey platform, statistical analysis with reproducible code, and open publication of anonymised tables only. Raw data stay in a secure research environment.

## Results and evidence
The first results show that workers whose visa ties them to one employer report withheld wages and excessive hours more often. An external scientific board reviews methods; results have informed a visa policy consultation.

## Lessons
Keeping people in the panel needs trust and small thank-you payments; peer interviewers cut drop-out by half.
`,
    organization: 'imw-ca',
    partners: [],
    contributors: ['newcomer@example.org', 'admin@example.org'],
    focusAreas: ['PREVENTION'],
    purposes: ['CAPACITY_BUILDING_AND_RESEARCH'],
    formsOfExploitation: ['FORCED_LABOUR', 'SERVITUDE'],
    technologies: ['DATA_ANALYTICS', 'WEB_PLATFORM'],
    targetUsers: ['RESEARCHERS', 'GOVERNMENTS_AND_POLICY_MAKERS'],
    sectors: ['CARE_WORK', 'DOMESTIC_WORK'],
    countries: ['CA'],
    regions: ['NORTH_AMERICA'],
    global: false,
    languages: ['en', 'fr', 'es'],
    status: 'ACTIVE',
    yearStarted: 2022,
    yearEnded: null,
    links: [{ label: 'Open tables', url: 'https://example.org/imw/care-survey' }],
    contact: 'Research team, imw@example.org',
    evidenceLevel: 'INDEPENDENT_EVALUATION',
    survivorInvolvement: 'CO_DESIGNED',
    sdg87: true,
    iloIndicators: [
      'WITHHOLDING_OF_WAGES',
      'EXCESSIVE_OVERTIME',
      'ISOLATION',
      'ABUSE_OF_VULNERABILITY',
      'RESTRICTION_OF_MOVEMENT',
    ],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [
      {
        organization: 'med-shelter-alliance',
        kind: 'USES',
        comment: 'Question set reused in our domestic-worker groups.',
      },
    ],
    bookmarkedBy: ['admin@example.org'],
  },
  {
    slug: 'seafood-blockchain-traceability-pilot',
    title: 'Blockchain traceability pilot for seafood supply chains',
    summary:
      'A pilot that recorded catch, transhipment, processing and crew-contract data for tuna on a shared ledger so that buyers could trace fish to the vessel and check labour conditions. Discontinued after three years; the lessons are documented here.',
    body: `## Problem
Buyers of seafood cannot see beyond their direct supplier. Fish caught by vessels with forced labour can be mixed with other catch at transhipment and processing.

## Approach
Vessels, processors and two buyers agreed to record each step on a shared ledger, including a digital copy of crew contracts and wage payments verified by a seafarers' organisation.

## Technology
A permissioned blockchain with tagged fish lots, mobile apps for data entry at sea and in ports, and a dashboard for buyers.

## Results and evidence
Monitoring data showed that lots could be traced end to end when everyone entered data, but entries at sea were frequently missing or late.

## Lessons
The pilot ended in 2021. What we learned:
- A blockchain only guarantees that data have not been changed after entry, not that they were true when entered. Independent verification on the ground mattered more.
- Vessel crews had no incentive to enter data; the burden fell on the people with the least power.
- Simpler shared databases would have delivered most of the benefit at a fraction of the cost.
- Worker voice (confidential crew interviews in port) revealed more about labour conditions than any ledger.
`,
    organization: 'imw-ca',
    partners: ['open-newsroom'],
    contributors: ['newcomer@example.org'],
    focusAreas: ['PREVENTION', 'PARTNERSHIP'],
    purposes: ['SUPPLY_CHAIN_DUE_DILIGENCE'],
    formsOfExploitation: ['FORCED_LABOUR', 'SLAVERY'],
    technologies: ['BLOCKCHAIN_AND_TRACEABILITY', 'MOBILE_APP'],
    targetUsers: ['BUSINESSES_AND_SUPPLY_CHAINS'],
    sectors: ['FISHING_AND_SEAFOOD'],
    countries: ['CA', 'TH'],
    regions: ['NORTH_AMERICA', 'ASIAN_PARTNERS'],
    global: false,
    languages: ['en'],
    status: 'DISCONTINUED',
    yearStarted: 2018,
    yearEnded: 2021,
    links: [{ label: 'Final report', url: 'https://example.org/imw/seafood-ledger-report' }],
    contact: null,
    evidenceLevel: 'INTERNAL_EVALUATION',
    survivorInvolvement: 'NONE',
    sdg87: true,
    iloIndicators: [
      'ISOLATION',
      'EXCESSIVE_OVERTIME',
      'WITHHOLDING_OF_WAGES',
      'RESTRICTION_OF_MOVEMENT',
    ],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'ARCHIVED',
    revisions: [],
    endorsedBy: [],
    bookmarkedBy: [],
  },
  {
    slug: 'garment-supply-chain-traceability-ledger',
    title: 'Traceability ledger from cotton field to garment factory',
    summary:
      'A traceability system in which spinners, mills and garment factories record batches and audited labour-risk data on a shared ledger, combined with worker-voice surveys, so that brands can show which farms and factories produced a garment and under what conditions.',
    body: `## Problem
Brands could name their garment factories but not the mills and farms behind them, where forced labour is most often reported. Certificates were issued per company, not per batch.

## Approach
Building on the lessons of an earlier seafood pilot, we combined batch traceability with independent verification: each batch record links to the latest audit and to results of anonymous worker-voice surveys at the site. Data entry is done by the companies with the means to do it, not by workers.

## Technology
A shared ledger for batch transfers, with isotope testing of cotton samples to check origin claims, and a brand dashboard. Survey results are aggregated per site and never identify a worker.

## Results and evidence
Monitoring data: three brands trace a share of their product lines to farm level; two mills were suspended after survey results showed passport retention and debts among migrant workers.

## How to replicate
Start with one product line and a few suppliers who want to take part. Fund the verification, not only the software.
`,
    organization: 'imw-ca',
    partners: ['taec'],
    contributors: ['newcomer@example.org', 'member@example.org'],
    focusAreas: ['PREVENTION', 'PARTNERSHIP'],
    purposes: ['SUPPLY_CHAIN_DUE_DILIGENCE'],
    formsOfExploitation: ['FORCED_LABOUR'],
    technologies: ['BLOCKCHAIN_AND_TRACEABILITY', 'DATA_ANALYTICS'],
    targetUsers: ['BUSINESSES_AND_SUPPLY_CHAINS'],
    sectors: ['MANUFACTURING_AND_GARMENTS', 'AGRICULTURE'],
    countries: ['CA', 'TR', 'UZ'],
    regions: ['NORTH_AMERICA', 'SOUTH_EASTERN_EUROPE', 'CENTRAL_ASIA'],
    global: false,
    languages: ['en', 'tr', 'ru'],
    status: 'PILOT',
    yearStarted: 2023,
    yearEnded: null,
    links: [],
    contact: 'Supply-chain lab, supplychain@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'NONE',
    sdg87: true,
    iloIndicators: ['RETENTION_OF_IDENTITY_DOCUMENTS', 'DEBT_BONDAGE', 'EXCESSIVE_OVERTIME'],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        status: 'ACTIVE',
        summary:
          'A traceability system in which spinners, mills and garment factories record batches and audited labour-risk data on a shared ledger, combined with worker-voice surveys. After the pilot, three brands use it for selected product lines.',
      },
    ],
    endorsedBy: [
      {
        organization: 'open-newsroom',
        kind: 'USES',
        comment: 'Useful source when checking brand claims.',
      },
    ],
    bookmarkedBy: [],
  },
  {
    slug: 'seasonal-farmworker-rights-app',
    title: 'Rights app for seasonal agricultural workers',
    summary:
      'A draft pilot of a mobile app for seasonal farm workers on temporary visas, with information on contracts, housing standards, pay slips and how to change employer, plus a confidential way to ask a community organisation for help.',
    body: `## Problem
Seasonal agricultural workers on employer-specific visas often live on the farm, depend on the employer for transport, and fear that complaining will end their chance to return next season.

## Approach
With community organisations and former seasonal workers we are designing an app that explains rights in Spanish and English, helps workers keep a record of hours and pay, and connects them confidentially to an organisation that can help.

## Technology
An offline-capable mobile app with an optional hours-and-pay diary stored only on the phone, and a messaging link to partner organisations.

## Lessons
Still a draft. Early feedback: workers want the pay diary most, and will not use anything that requires an account with their real name.
`,
    organization: 'imw-ca',
    partners: [],
    contributors: ['newcomer@example.org'],
    focusAreas: ['PREVENTION', 'PROTECTION'],
    purposes: ['PREVENTION_AND_AWARENESS', 'VICTIM_PROTECTION_AND_SUPPORT'],
    formsOfExploitation: ['FORCED_LABOUR'],
    technologies: ['MOBILE_APP'],
    targetUsers: ['SURVIVORS_AND_PEOPLE_AT_RISK'],
    sectors: ['AGRICULTURE'],
    countries: ['CA'],
    regions: ['NORTH_AMERICA'],
    global: false,
    languages: ['es', 'en'],
    status: 'PILOT',
    yearStarted: 2025,
    yearEnded: null,
    links: [],
    contact: null,
    evidenceLevel: 'NONE',
    survivorInvolvement: 'CO_DESIGNED',
    sdg87: true,
    iloIndicators: [
      'ABUSIVE_WORKING_AND_LIVING_CONDITIONS',
      'RESTRICTION_OF_MOVEMENT',
      'INTIMIDATION_AND_THREATS',
    ],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'DRAFT',
    revisions: [],
    endorsedBy: [],
    bookmarkedBy: [],
  },
  // ── Black Sea Regional Protection Programme (INTERNATIONAL_ORGANIZATION, TR) ────────────────
  {
    slug: 'black-sea-cross-border-referral',
    title: 'Cross-border referral of presumed victims between Black Sea coastal states',
    summary:
      'A regional referral arrangement with standard forms, designated contact points and a secure platform through which national referral mechanisms in coastal states refer presumed victims to each other for protection, return or family reunification.',
    body: `## Problem
Presumed victims identified in one coastal state often come from another. Without a common procedure, referrals depended on personal contacts and could take months, leaving people in limbo.

## Approach
National coordinators agreed standard referral forms, response times, and a contact point in each country. The programme funds interpretation and meetings, and trains case workers together so that they know their counterparts.

## Technology
A secure web platform for referrals with encrypted attachments, status tracking and aggregated statistics for the programme. Access is for named case workers in designated agencies.

## Results and evidence
Monitoring data: referral times fell from months to a few weeks on average; the number of referrals handled through the platform rose every year.

## Lessons
Joint training built the trust that made the forms work. Keep forms identical across countries; small national variations caused confusion.
`,
    organization: 'black-sea-protection',
    partners: ['rmpo', 'saferoutes-network'],
    contributors: ['admin@example.org'],
    focusAreas: ['PARTNERSHIP', 'PROTECTION'],
    purposes: ['VICTIM_PROTECTION_AND_SUPPORT'],
    formsOfExploitation: [
      'SEXUAL_EXPLOITATION',
      'FORCED_LABOUR',
      'FORCED_BEGGING',
      'FORCED_MARRIAGE',
    ],
    technologies: ['WEB_PLATFORM'],
    targetUsers: ['GOVERNMENTS_AND_POLICY_MAKERS', 'NGOS_AND_SERVICE_PROVIDERS'],
    sectors: [],
    countries: ['TR', 'BG', 'RO', 'GE', 'UA'],
    regions: ['SOUTH_EASTERN_EUROPE', 'SOUTH_CAUCASUS', 'EASTERN_EUROPE'],
    global: false,
    languages: ['tr', 'ro', 'ka', 'uk', 'ru', 'en'],
    status: 'ACTIVE',
    yearStarted: 2016,
    yearEnded: null,
    links: [],
    contact: 'Programme team, practices@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'CONSULTED',
    sdg87: true,
    iloIndicators: [],
    visibility: 'MEMBERS',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        summary:
          'A regional referral arrangement with standard forms, designated contact points and a secure platform through which national referral mechanisms in five coastal states refer presumed victims to each other. Average referral time is now a few weeks.',
      },
    ],
    endorsedBy: [
      { organization: 'saferoutes-network', kind: 'USES' },
      {
        organization: 'moi-cyber-ge',
        kind: 'USES',
        comment: 'Our contact point handles referrals through it.',
      },
    ],
    bookmarkedBy: ['orgadmin@example.org'],
  },
  {
    slug: 'judicial-e-learning-trafficking-cases',
    title: 'E-learning for judges on adjudicating trafficking cases',
    summary:
      "A modular online course for judges and prosecutors on the elements of the trafficking offence, the irrelevance of consent, victims' rights in proceedings, non-punishment and compensation, with anonymised case studies from the region.",
    body: `## Problem
Trafficking cases are rare for any single judge, and are often reclassified as lesser offences such as pimping or labour violations. Victims are sometimes questioned in ways that re-traumatise them.

## Approach
Judicial training institutes of six countries co-developed eight modules, each with a short lecture, an anonymised and fictionalised case study, and a discussion forum moderated by an experienced judge. Modules can be taken alone or as a certified course.

## Technology
A multilingual e-learning platform, hosted by the programme and linked to the training institutes' own systems for credits.

## Results and evidence
Over 1,100 judges and prosecutors enrolled. An independent evaluation found improved knowledge of the means element and of victims' procedural rights, and recommended more content on online recruitment, now added.

## How to replicate
Let judges teach judges. Content written by outsiders was less accepted than modules led by respected members of the judiciary.
`,
    organization: 'black-sea-protection',
    partners: [],
    contributors: ['admin@example.org', 'orgadmin@example.org'],
    focusAreas: ['PROSECUTION', 'PROTECTION'],
    purposes: ['CAPACITY_BUILDING_AND_RESEARCH', 'PROSECUTION_AND_EVIDENCE'],
    formsOfExploitation: [
      'SEXUAL_EXPLOITATION',
      'FORCED_LABOUR',
      'FORCED_CRIMINALITY',
      'TECHNOLOGY_FACILITATED',
    ],
    technologies: ['E_LEARNING'],
    targetUsers: ['PROSECUTORS_AND_JUDICIARY'],
    sectors: [],
    countries: ['TR', 'BG', 'RO', 'GE', 'UA', 'MD'],
    regions: ['SOUTH_EASTERN_EUROPE', 'SOUTH_CAUCASUS', 'EASTERN_EUROPE'],
    global: false,
    languages: ['tr', 'ro', 'ka', 'uk', 'ru', 'en'],
    status: 'SCALED',
    yearStarted: 2017,
    yearEnded: null,
    links: [{ label: 'Course catalogue', url: 'https://example.org/bsrpp/judicial-course' }],
    contact: 'Judicial training desk, judicial@example.org',
    evidenceLevel: 'INDEPENDENT_EVALUATION',
    survivorInvolvement: 'CONSULTED',
    sdg87: true,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        summary:
          "A modular online course for judges and prosecutors on the elements of the trafficking offence, victims' rights in proceedings, non-punishment and compensation. A new module on online recruitment was added after the independent evaluation.",
      },
    ],
    endorsedBy: [
      { organization: 'natco-at', kind: 'USES', comment: 'Recommended to our judicial academy.' },
      { organization: 'rmpo', kind: 'REPLICATED' },
    ],
    bookmarkedBy: ['orgadmin@example.org', 'admin@example.org'],
  },
  {
    slug: 'port-and-seafarer-welfare-awareness',
    title: 'Awareness programme for port and seafarer-welfare staff',
    summary:
      'Short training and pocket guides for port workers, pilots, chaplains and seafarer-welfare staff on indicators of forced labour on vessels and in port logistics, and a single number to call when something looks wrong.',
    body: `## Problem
Port staff and welfare visitors are often the only outsiders who see crews of fishing and cargo vessels. They noticed worrying signs but had no clear idea of what to do.

## Approach
One-hour sessions in ports, a pocket guide with indicators and the reporting number, and a quarterly call between port authorities, police and welfare organisations to discuss cases and trends.

## Technology
A mobile-friendly guide and short e-learning module in five languages; the reporting number is answered by the national hotline, which can bring in an interpreter.

## Results and evidence
Monitoring data: staff in twelve ports trained; reports from ports to the hotline increased, several leading to inspections of vessels.

## Lessons
Chaplains and welfare staff are trusted by crews; give them direct contacts in the police and the hotline, not just a generic number.
`,
    organization: 'black-sea-protection',
    partners: ['open-newsroom'],
    contributors: ['admin@example.org'],
    focusAreas: ['PREVENTION', 'PROTECTION'],
    purposes: ['PREVENTION_AND_AWARENESS', 'IDENTIFICATION_AND_INVESTIGATION'],
    formsOfExploitation: ['FORCED_LABOUR', 'SLAVERY'],
    technologies: ['E_LEARNING', 'HOTLINE_CHATBOT_AND_MESSAGING'],
    targetUsers: ['GENERAL_PUBLIC', 'LAW_ENFORCEMENT', 'NGOS_AND_SERVICE_PROVIDERS'],
    sectors: ['FISHING_AND_SEAFOOD', 'LOGISTICS_AND_TRANSPORT'],
    countries: ['TR', 'BG', 'RO', 'GE'],
    regions: ['SOUTH_EASTERN_EUROPE', 'SOUTH_CAUCASUS'],
    global: false,
    languages: ['tr', 'ro', 'ka', 'ru', 'en'],
    status: 'ACTIVE',
    yearStarted: 2021,
    yearEnded: null,
    links: [],
    contact: 'Programme team, practices@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'NONE',
    sdg87: true,
    iloIndicators: [
      'ISOLATION',
      'RETENTION_OF_IDENTITY_DOCUMENTS',
      'PHYSICAL_AND_SEXUAL_VIOLENCE',
      'ABUSIVE_WORKING_AND_LIVING_CONDITIONS',
    ],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [],
    bookmarkedBy: [],
  },
  {
    slug: 'non-punishment-decision-tool',
    title: 'Decision tool for prosecutors on the non-punishment principle',
    summary:
      'An online decision aid that guides prosecutors through the questions to ask when a suspect in a drug, theft, fraud or immigration case may be a victim of trafficking forced to commit offences, so that victims are not prosecuted for crimes they were compelled to commit.',
    body: `## Problem
People forced to grow cannabis, steal, beg or commit online fraud are often prosecuted as offenders, while those who control them are never identified. Prosecutors reported that they were unsure when the non-punishment principle applied.

## Approach
Prosecutors and defence lawyers drafted a sequence of questions based on case law: indicators of control, the link between the offence and the exploitation, and the steps to take (referral to the national referral mechanism, suspension of proceedings, consultation with a specialised prosecutor).

## Technology
A web-based decision tree with references to law and guidance, usable during case review. It stores nothing about the case.

## Results and evidence
Internal evaluation: prosecutors who used the tool referred more suspects for identification as possible victims; several cases were discontinued and investigations opened against the organisers instead.

## How to replicate
The question sequence is adaptable; the legal references must be national. Include defence lawyers in drafting, as they often see the indicators first.
`,
    organization: 'black-sea-protection',
    partners: ['natco-at'],
    contributors: ['admin@example.org'],
    focusAreas: ['PROSECUTION', 'PROTECTION'],
    purposes: ['PROSECUTION_AND_EVIDENCE', 'VICTIM_PROTECTION_AND_SUPPORT'],
    formsOfExploitation: ['FORCED_CRIMINALITY', 'FORCED_BEGGING', 'TECHNOLOGY_FACILITATED'],
    technologies: ['WEB_PLATFORM'],
    targetUsers: ['PROSECUTORS_AND_JUDICIARY'],
    sectors: [],
    countries: ['TR', 'RO', 'BG'],
    regions: ['SOUTH_EASTERN_EUROPE'],
    global: false,
    languages: ['tr', 'ro', 'en'],
    status: 'ACTIVE',
    yearStarted: 2022,
    yearEnded: null,
    links: [{ label: 'Decision tool', url: 'https://example.org/bsrpp/non-punishment' }],
    contact: 'Programme team, practices@example.org',
    evidenceLevel: 'INTERNAL_EVALUATION',
    survivorInvolvement: 'CONSULTED',
    sdg87: false,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [
      {
        organization: 'moi-cyber-ge',
        kind: 'USES',
        comment: 'Shared with prosecutors handling online fraud cases.',
      },
    ],
    bookmarkedBy: ['moderator@example.org'],
  },
  // ── Safe Work Ukraine (CIVIL_SOCIETY, UA) ───────────────────────────────────────────────────
  {
    slug: 'job-offer-checker-chatbot-ukraine',
    title: 'Job-offer checking chatbot for displaced job-seekers',
    summary:
      'A messenger chatbot that helps displaced people check a job offer abroad before they accept it: it asks about the employer, the contract, fees, housing and documents, flags warning signs of deceptive recruitment and connects the user to a counsellor.',
    body: `## Problem
Since the full-scale invasion, millions of people, most of them women, have looked for work abroad, often through social-media groups and unknown intermediaries. Offers of free transport and housing were sometimes traps.

## Approach
We adapted an existing question tree from a Central Asian chatbot to the situation of displaced people: temporary protection rules, childcare, and common scams in destination countries. A red result offers a call-back from a counsellor in Ukrainian.

## Technology
A rule-based chatbot on two messenger apps with a small language model for free-text answers, and a lookup of agencies in public licence registers where they are available. Anonymous use; aggregated statistics only.

## Results and evidence
Monitoring data: 40,000 offers checked in two years. The most common warning signs were requests to hand over documents on arrival and accommodation tied to the employer.

## How to replicate
Reuse rather than rebuild: adapting an existing tool took three months instead of a year. Keep the counsellor call-back.
`,
    organization: 'safe-work-ua',
    partners: ['calri'],
    contributors: ['editor@example.org', 'newcomer@example.org'],
    focusAreas: ['PREVENTION'],
    purposes: ['PREVENTION_AND_AWARENESS'],
    formsOfExploitation: ['FORCED_LABOUR', 'SEXUAL_EXPLOITATION', 'TECHNOLOGY_FACILITATED'],
    technologies: ['HOTLINE_CHATBOT_AND_MESSAGING', 'ARTIFICIAL_INTELLIGENCE'],
    targetUsers: ['SURVIVORS_AND_PEOPLE_AT_RISK', 'GENERAL_PUBLIC'],
    sectors: ['HOSPITALITY_AND_TOURISM', 'CARE_WORK', 'AGRICULTURE'],
    countries: ['UA', 'PL', 'DE', 'CZ'],
    regions: ['EASTERN_EUROPE', 'CENTRAL_EUROPE', 'WESTERN_EUROPE'],
    global: false,
    languages: ['uk', 'ru', 'en'],
    status: 'ACTIVE',
    yearStarted: 2022,
    yearEnded: null,
    links: [],
    contact: 'Programme team, practices@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'CONSULTED',
    sdg87: true,
    iloIndicators: ['DECEPTION', 'RETENTION_OF_IDENTITY_DOCUMENTS', 'ABUSE_OF_VULNERABILITY'],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [
      {
        summary:
          'A messenger chatbot that helps displaced people check a job offer abroad before they accept it, flags warning signs of deceptive recruitment and connects the user to a counsellor. Now checks agencies against public licence registers in three destination countries.',
      },
    ],
    endorsedBy: [
      { organization: 'rmpo', kind: 'USES', comment: 'Promoted at our information points.' },
    ],
    bookmarkedBy: ['editor@example.org'],
  },
  {
    slug: 'community-suspicious-job-offers-list',
    title: 'Community list of suspicious job offers',
    summary:
      'A crowd-sourced public list where users reported suspicious job offers and employers. Closed after a year because of legal risk and moderation load; we document what went wrong so that others can design safer alternatives.',
    body: `## Problem
In the first months after displacement began, people shared warnings about fake job offers in scattered chat groups. We wanted one place to collect them.

## Approach
Users submitted offers and employer names through a form; volunteers checked them quickly and published them on a public list.

## Results and evidence
The list grew fast and was widely shared, but verification could not keep up. Some entries turned out to be wrong, and two employers threatened legal action.

## Lessons
We closed the list in 2023. What we learned:
- Publishing names of employers without thorough verification creates legal risk and can harm innocent businesses.
- Traffickers can also use such lists, to discredit competitors or to learn which tactics have been noticed.
- Volunteers burned out quickly; moderation needs paid, trained staff.
- A chatbot that checks an offer privately, without naming anyone publicly, turned out to be a safer way to meet the same need.
`,
    organization: 'safe-work-ua',
    partners: [],
    contributors: ['editor@example.org'],
    focusAreas: ['PREVENTION'],
    purposes: ['PREVENTION_AND_AWARENESS'],
    formsOfExploitation: ['FORCED_LABOUR', 'SEXUAL_EXPLOITATION'],
    technologies: ['WEB_PLATFORM', 'OPEN_SOURCE_INTELLIGENCE'],
    targetUsers: ['GENERAL_PUBLIC'],
    sectors: ['ONLINE_PLATFORMS'],
    countries: ['UA'],
    regions: ['EASTERN_EUROPE'],
    global: false,
    languages: ['uk'],
    status: 'DISCONTINUED',
    yearStarted: 2022,
    yearEnded: 2023,
    links: [],
    contact: null,
    evidenceLevel: 'NONE',
    survivorInvolvement: 'NONE',
    sdg87: false,
    iloIndicators: ['DECEPTION'],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'ARCHIVED',
    revisions: [],
    endorsedBy: [],
    bookmarkedBy: [],
  },
  {
    slug: 'online-safety-sessions-displaced-women',
    title: 'Online safety sessions for displaced women and teenagers',
    summary:
      'Online and in-person sessions for displaced women and teenage girls on recognising grooming, fake job and housing offers, sextortion and romance scams used for recruitment into sexual exploitation, with a peer-educator model.',
    body: `## Problem
Displaced women and girls are targeted online with offers of housing, work or relationships that lead to sexual exploitation. Many were new to the social networks and languages of their host countries.

## Approach
Trained peer educators, displaced women themselves, run sessions in community centres and online. Content covers grooming patterns, checking housing and job offers, protecting accounts and images, and where to get help in the host country. Survivor advisers reviewed the content for tone.

## Technology
Short e-learning modules and video calls for remote groups, plus a pocket checklist shared as an image in messenger groups.

## Results and evidence
Monitoring data: more than 6,000 participants in four countries; post-session surveys show higher confidence in spotting fake offers.

## How to replicate
Use peer educators from the community; pay them. Adapt examples to the scams currently circulating in each host country.
`,
    organization: 'safe-work-ua',
    partners: ['med-shelter-alliance'],
    contributors: ['editor@example.org'],
    focusAreas: ['PREVENTION'],
    purposes: ['PREVENTION_AND_AWARENESS', 'CAPACITY_BUILDING_AND_RESEARCH'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'TECHNOLOGY_FACILITATED', 'CHILD_TRAFFICKING'],
    technologies: ['E_LEARNING'],
    targetUsers: ['SURVIVORS_AND_PEOPLE_AT_RISK', 'GENERAL_PUBLIC'],
    sectors: ['ONLINE_PLATFORMS'],
    countries: ['UA', 'PL', 'CZ', 'SK', 'DE'],
    regions: ['EASTERN_EUROPE', 'CENTRAL_EUROPE', 'WESTERN_EUROPE'],
    global: false,
    languages: ['uk', 'ru', 'de'],
    status: 'ACTIVE',
    yearStarted: 2022,
    yearEnded: null,
    links: [],
    contact: 'Peer educators team, peers-ua@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'CONSULTED',
    sdg87: false,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [],
    bookmarkedBy: ['editor@example.org'],
  },
  {
    slug: 'border-crossing-qr-information-points',
    title: 'QR-code information points at border crossings',
    summary:
      'Posters and stands at border crossings and reception centres with QR codes linking to a multilingual page on safe travel, checking transport and housing offers, and emergency contacts in each neighbouring country.',
    body: `## Problem
At border crossings, people were approached by strangers offering free rides, housing and work. Reliable information was scattered and hard to find on a phone with a weak connection.

## Approach
With border authorities and volunteer groups we placed posters and staffed stands at crossings and reception centres. The QR code leads to a single light page per destination country: how to recognise official volunteers, how to check a ride or housing offer, and hotline numbers.

## Technology
A lightweight mobile web page that loads on weak connections and works offline once opened; no tracking beyond anonymous page counts.

## Results and evidence
Monitoring data: the page was opened more than 200,000 times in the first months. Volunteers at stands reported that people used it to check offers on the spot.

## Lessons
Keep it light and current. Vetting of volunteers offering rides and housing, introduced later by authorities, mattered as much as information.
`,
    organization: 'safe-work-ua',
    partners: ['saferoutes-network'],
    contributors: ['editor@example.org'],
    focusAreas: ['PREVENTION', 'PARTNERSHIP'],
    purposes: ['PREVENTION_AND_AWARENESS'],
    formsOfExploitation: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'CHILD_TRAFFICKING'],
    technologies: ['WEB_PLATFORM', 'MOBILE_APP'],
    targetUsers: ['GENERAL_PUBLIC', 'SURVIVORS_AND_PEOPLE_AT_RISK'],
    sectors: [],
    countries: ['UA', 'PL', 'RO', 'MD', 'SK', 'HU'],
    regions: ['EASTERN_EUROPE', 'CENTRAL_EUROPE', 'SOUTH_EASTERN_EUROPE'],
    global: false,
    languages: ['uk', 'ru', 'en', 'ro'],
    status: 'ACTIVE',
    yearStarted: 2022,
    yearEnded: null,
    links: [{ label: 'Information page', url: 'https://example.org/safework/border-info' }],
    contact: 'Programme team, practices@example.org',
    evidenceLevel: 'MONITORING_DATA',
    survivorInvolvement: 'NONE',
    sdg87: false,
    iloIndicators: [],
    visibility: 'PUBLIC',
    visibleTo: [],
    state: 'PUBLISHED',
    revisions: [],
    endorsedBy: [{ organization: 'black-sea-protection', kind: 'USES' }],
    bookmarkedBy: [],
  },
];
