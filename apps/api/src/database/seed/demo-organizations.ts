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
];
