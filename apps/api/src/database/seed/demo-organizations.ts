import type { StakeholderType } from '@alliance/domain';

/**
 * Demo organizations. Fictional bodies modelled on the kinds of stakeholders the conference
 * brought together; no real person or victim is described anywhere in demo data.
 */
export interface DemoOrganization {
  name: string;
  slug: string;
  stakeholderType: StakeholderType;
  country: string;
  website: string | null;
  description: string;
  verified: boolean;
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    name: 'National Anti-Trafficking Coordination Office',
    slug: 'natco-at',
    stakeholderType: 'GOVERNMENT',
    country: 'AT',
    website: 'https://example.org/natco',
    description: 'Co-ordinates the national referral mechanism and the national action plan.',
    verified: true,
  },
  {
    name: 'SafeRoutes Network',
    slug: 'saferoutes-network',
    stakeholderType: 'CIVIL_SOCIETY',
    country: 'MD',
    website: 'https://example.org/saferoutes',
    description: 'NGO network running hotlines and shelters, and outreach to people at risk of labour exploitation.',
    verified: true,
  },
  {
    name: 'Nordic Payments Alliance – Financial Crime Unit',
    slug: 'nordic-payments-fcu',
    stakeholderType: 'PRIVATE_SECTOR',
    country: 'SE',
    website: 'https://example.org/npa',
    description: 'Financial-intelligence team that builds transaction-monitoring typologies for trafficking.',
    verified: true,
  },
  {
    name: 'Centre for Digital Exploitation Research',
    slug: 'cder',
    stakeholderType: 'ACADEMIA',
    country: 'NL',
    website: 'https://example.org/cder',
    description: 'University research centre studying how online platforms are misused for recruitment.',
    verified: true,
  },
  {
    name: 'Regional Migration and Protection Office',
    slug: 'rmpo',
    stakeholderType: 'INTERNATIONAL_ORGANIZATION',
    country: 'CH',
    website: 'https://example.org/rmpo',
    description: 'Supports victim identification and safe return across the region.',
    verified: true,
  },
  {
    name: 'Open Newsroom Investigations',
    slug: 'open-newsroom',
    stakeholderType: 'MEDIA',
    country: 'IT',
    website: null,
    description: 'Investigative journalists reporting on exploitation in supply chains.',
    verified: false,
  },
  {
    name: 'Central Asia Labour Rights Initiative',
    slug: 'calri',
    stakeholderType: 'CIVIL_SOCIETY',
    country: 'KZ',
    website: null,
    description: 'Pre-departure information for labour migrants and a chatbot for checking job offers.',
    verified: false,
  },
  {
    name: 'Ministry of Interior – Cybercrime Directorate',
    slug: 'moi-cyber-ge',
    stakeholderType: 'GOVERNMENT',
    country: 'GE',
    website: null,
    description: 'Investigates technology-facilitated trafficking and online child exploitation.',
    verified: true,
  },
  {
    name: 'Tech Against Exploitation Coalition',
    slug: 'taec',
    stakeholderType: 'OTHER',
    country: 'GB',
    website: 'https://example.org/taec',
    description: 'A coalition of technology companies and NGOs pooling tools against exploitation (a partnership of several).',
    verified: true,
  },
  {
    name: 'Baltic Labour Inspectorate Network',
    slug: 'baltic-labour-inspectorates',
    stakeholderType: 'GOVERNMENT',
    country: 'LT',
    website: null,
    description: 'Labour inspectorates sharing risk indicators for recruitment fraud and labour exploitation.',
    verified: true,
  },
  {
    name: 'Mediterranean Shelter Alliance',
    slug: 'med-shelter-alliance',
    stakeholderType: 'CIVIL_SOCIETY',
    country: 'TN',
    website: 'https://example.org/msa',
    description: 'Shelters and legal aid for survivors along Mediterranean migration routes.',
    verified: true,
  },
  {
    name: 'Pacific Trust and Safety Lab',
    slug: 'pacific-trust-safety',
    stakeholderType: 'PRIVATE_SECTOR',
    country: 'JP',
    website: 'https://example.org/ptsl',
    description: 'Trust-and-safety engineers at an online platform, detecting exploitative advertisements.',
    verified: false,
  },
  {
    name: 'Institute for Migration and Work',
    slug: 'imw-ca',
    stakeholderType: 'ACADEMIA',
    country: 'CA',
    website: 'https://example.org/imw',
    description: 'Research on labour migration, recruitment fees and forced labour in supply chains.',
    verified: true,
  },
  {
    name: 'Black Sea Regional Protection Programme',
    slug: 'black-sea-protection',
    stakeholderType: 'INTERNATIONAL_ORGANIZATION',
    country: 'TR',
    website: 'https://example.org/bsrpp',
    description: 'Regional programme supporting referral of presumed victims between coastal states.',
    verified: true,
  },
  {
    name: 'Safe Work Ukraine',
    slug: 'safe-work-ua',
    stakeholderType: 'CIVIL_SOCIETY',
    country: 'UA',
    website: null,
    description: 'Helps displaced people check job offers abroad and spot recruitment fraud.',
    verified: true,
  },
];
