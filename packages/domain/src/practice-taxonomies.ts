/**
 * Taxonomies used to describe organizations and practices (tools, initiatives, programmes)
 * against trafficking in human beings. Facts from the OSCE Action Plan (the "4 Ps"), the UN
 * Trafficking Protocol (art. 3), the ILO indicators of forced labour and the facets used by
 * repositories of anti-trafficking technology tools (OSCE / Tech Against Trafficking, 2020).
 *
 * Codes are stable identifiers: never rename or reuse one; add new entries instead.
 */
import { codesOf, type CodeOf } from './taxonomy.js';

/** Type of an organization (also the developer / owner type of a practice). */
export const STAKEHOLDER_TYPES = [
  { code: 'GOVERNMENT', label: 'Government' },
  { code: 'CIVIL_SOCIETY', label: 'NGO / civil society' },
  { code: 'PRIVATE_SECTOR', label: 'Private sector' },
  { code: 'ACADEMIA', label: 'Academia / research' },
  { code: 'INTERNATIONAL_ORGANIZATION', label: 'International organization' },
  { code: 'MEDIA', label: 'Media' },
  { code: 'OTHER', label: 'Other' },
] as const;
export type StakeholderType = CodeOf<typeof STAKEHOLDER_TYPES>;
export const STAKEHOLDER_TYPE_CODES = codesOf(STAKEHOLDER_TYPES);

/** The "4 Ps" of the OSCE Action Plan (2003) and its 2013 Addendum. Every practice addresses at least one. */
export const FOCUS_AREAS = [
  {
    code: 'PREVENTION',
    label: 'Prevention',
    description: 'Addressing root causes and raising awareness.',
  },
  {
    code: 'PROSECUTION',
    label: 'Prosecution',
    description: 'Investigation and adjudication of trafficking cases.',
  },
  {
    code: 'PROTECTION',
    label: 'Protection',
    description: "Victims' rights, assistance and compensation.",
  },
  {
    code: 'PARTNERSHIP',
    label: 'Partnership',
    description:
      'Co-operation with international organizations, National Referral Mechanisms and public-private partnerships.',
  },
] as const;
export type FocusArea = CodeOf<typeof FOCUS_AREAS>;
export const FOCUS_AREA_CODES = codesOf(FOCUS_AREAS);

/** What a practice is for. */
export const PURPOSES = [
  { code: 'PREVENTION_AND_AWARENESS', label: 'Prevention and awareness-raising' },
  { code: 'IDENTIFICATION_AND_INVESTIGATION', label: 'Identification and investigation' },
  { code: 'PROSECUTION_AND_EVIDENCE', label: 'Prosecution and evidence' },
  { code: 'VICTIM_PROTECTION_AND_SUPPORT', label: 'Victim protection and support' },
  { code: 'SUPPLY_CHAIN_DUE_DILIGENCE', label: 'Supply-chain due diligence' },
  { code: 'CAPACITY_BUILDING_AND_RESEARCH', label: 'Capacity building, training and research' },
] as const;
export type Purpose = CodeOf<typeof PURPOSES>;
export const PURPOSE_CODES = codesOf(PURPOSES);

/** Forms of exploitation (UN Trafficking Protocol, art. 3, and common practice). */
export const FORMS_OF_EXPLOITATION = [
  { code: 'SEXUAL_EXPLOITATION', label: 'Sexual exploitation' },
  { code: 'FORCED_LABOUR', label: 'Forced labour or services' },
  { code: 'SLAVERY', label: 'Slavery or practices similar to slavery' },
  { code: 'SERVITUDE', label: 'Servitude (including domestic servitude)' },
  { code: 'ORGAN_REMOVAL', label: 'Removal of organs' },
  { code: 'FORCED_CRIMINALITY', label: 'Forced criminality' },
  { code: 'FORCED_BEGGING', label: 'Forced begging' },
  { code: 'FORCED_MARRIAGE', label: 'Forced or sham marriage' },
  {
    code: 'CHILD_TRAFFICKING',
    label: 'Child trafficking',
    description: 'Any of the other forms of exploitation involving a child.',
  },
  {
    code: 'TECHNOLOGY_FACILITATED',
    label: 'Online / technology-facilitated exploitation',
    description:
      'A cross-cutting marker: exploitation that is facilitated by technology or takes place online.',
  },
] as const;
export type FormOfExploitation = CodeOf<typeof FORMS_OF_EXPLOITATION>;
export const FORM_OF_EXPLOITATION_CODES = codesOf(FORMS_OF_EXPLOITATION);

/** Technologies a practice uses. */
export const TECHNOLOGIES = [
  { code: 'MOBILE_APP', label: 'Mobile app' },
  { code: 'WEB_PLATFORM', label: 'Web platform' },
  { code: 'DATA_ANALYTICS', label: 'Data analytics' },
  { code: 'ARTIFICIAL_INTELLIGENCE', label: 'Artificial intelligence / machine learning' },
  { code: 'IMAGE_AND_FACIAL_RECOGNITION', label: 'Image and facial recognition' },
  { code: 'GEOLOCATION_AND_SATELLITE_IMAGERY', label: 'Geolocation / satellite imagery' },
  { code: 'BLOCKCHAIN_AND_TRACEABILITY', label: 'Blockchain / traceability' },
  { code: 'HOTLINE_CHATBOT_AND_MESSAGING', label: 'Hotline / chatbot / messaging' },
  { code: 'DIGITAL_FORENSICS', label: 'Digital forensics and data extraction' },
  { code: 'OPEN_SOURCE_INTELLIGENCE', label: 'Open-source intelligence (OSINT)' },
  { code: 'FINANCIAL_TRANSACTION_MONITORING', label: 'Financial transaction monitoring' },
  { code: 'E_LEARNING', label: 'E-learning' },
] as const;
export type Technology = CodeOf<typeof TECHNOLOGIES>;
export const TECHNOLOGY_CODES = codesOf(TECHNOLOGIES);

/** Who a practice is meant for. */
export const TARGET_USERS = [
  { code: 'LAW_ENFORCEMENT', label: 'Law enforcement' },
  { code: 'PROSECUTORS_AND_JUDICIARY', label: 'Prosecutors and judiciary' },
  { code: 'LABOUR_INSPECTORS', label: 'Labour inspectors' },
  { code: 'NGOS_AND_SERVICE_PROVIDERS', label: 'NGOs and service providers' },
  { code: 'SURVIVORS_AND_PEOPLE_AT_RISK', label: 'Survivors and people at risk' },
  { code: 'BUSINESSES_AND_SUPPLY_CHAINS', label: 'Businesses and supply chains' },
  { code: 'FINANCIAL_INSTITUTIONS', label: 'Financial institutions' },
  { code: 'ICT_COMPANIES_AND_ONLINE_PLATFORMS', label: 'ICT companies and online platforms' },
  { code: 'GOVERNMENTS_AND_POLICY_MAKERS', label: 'Governments and policy makers' },
  { code: 'RESEARCHERS', label: 'Researchers' },
  { code: 'GENERAL_PUBLIC', label: 'General public' },
] as const;
export type TargetUser = CodeOf<typeof TARGET_USERS>;
export const TARGET_USER_CODES = codesOf(TARGET_USERS);

/** Economic sector in which the exploitation takes place. */
export const SECTORS = [
  { code: 'AGRICULTURE', label: 'Agriculture' },
  { code: 'CONSTRUCTION', label: 'Construction' },
  { code: 'DOMESTIC_WORK', label: 'Domestic work' },
  { code: 'FISHING_AND_SEAFOOD', label: 'Fishing and seafood' },
  { code: 'MANUFACTURING_AND_GARMENTS', label: 'Manufacturing and garments' },
  { code: 'HOSPITALITY_AND_TOURISM', label: 'Hospitality and tourism' },
  { code: 'MINING', label: 'Mining' },
  { code: 'SEX_INDUSTRY', label: 'Sex industry' },
  { code: 'ONLINE_PLATFORMS', label: 'Online platforms' },
  { code: 'CARE_WORK', label: 'Care work' },
  { code: 'LOGISTICS_AND_TRANSPORT', label: 'Logistics and transport' },
] as const;
export type Sector = CodeOf<typeof SECTORS>;
export const SECTOR_CODES = codesOf(SECTORS);

/** Where a practice stands. A discontinued practice should share its lessons. */
export const PRACTICE_STATUSES = [
  { code: 'IDEA', label: 'Idea' },
  { code: 'PILOT', label: 'Pilot' },
  { code: 'ACTIVE', label: 'Active' },
  { code: 'SCALED', label: 'Scaled / replicated' },
  { code: 'DISCONTINUED', label: 'Discontinued' },
] as const;
export type PracticeStatus = CodeOf<typeof PRACTICE_STATUSES>;
export const PRACTICE_STATUS_CODES = codesOf(PRACTICE_STATUSES);

/** How strong the evidence of a practice's results is, weakest first. */
export const EVIDENCE_LEVELS = [
  { code: 'NONE', label: 'None yet' },
  { code: 'MONITORING_DATA', label: 'Monitoring data' },
  { code: 'INTERNAL_EVALUATION', label: 'Internal evaluation' },
  { code: 'INDEPENDENT_EVALUATION', label: 'Independent evaluation' },
] as const;
export type EvidenceLevel = CodeOf<typeof EVIDENCE_LEVELS>;
export const EVIDENCE_LEVEL_CODES = codesOf(EVIDENCE_LEVELS);

/** How survivors of trafficking took part in designing or running a practice, least first. */
export const SURVIVOR_INVOLVEMENT_LEVELS = [
  { code: 'NONE', label: 'None' },
  { code: 'CONSULTED', label: 'Consulted' },
  { code: 'CO_DESIGNED', label: 'Co-designed' },
  { code: 'SURVIVOR_LED', label: 'Survivor-led' },
] as const;
export type SurvivorInvolvement = CodeOf<typeof SURVIVOR_INVOLVEMENT_LEVELS>;
export const SURVIVOR_INVOLVEMENT_CODES = codesOf(SURVIVOR_INVOLVEMENT_LEVELS);

/** The ILO indicators of forced labour: a common vocabulary for labour exploitation cases. */
export const ILO_FORCED_LABOUR_INDICATORS = [
  { code: 'ABUSE_OF_VULNERABILITY', label: 'Abuse of vulnerability' },
  { code: 'DECEPTION', label: 'Deception' },
  { code: 'RESTRICTION_OF_MOVEMENT', label: 'Restriction of movement' },
  { code: 'ISOLATION', label: 'Isolation' },
  { code: 'PHYSICAL_AND_SEXUAL_VIOLENCE', label: 'Physical and sexual violence' },
  { code: 'INTIMIDATION_AND_THREATS', label: 'Intimidation and threats' },
  { code: 'RETENTION_OF_IDENTITY_DOCUMENTS', label: 'Retention of identity documents' },
  { code: 'WITHHOLDING_OF_WAGES', label: 'Withholding of wages' },
  { code: 'DEBT_BONDAGE', label: 'Debt bondage' },
  { code: 'ABUSIVE_WORKING_AND_LIVING_CONDITIONS', label: 'Abusive working and living conditions' },
  { code: 'EXCESSIVE_OVERTIME', label: 'Excessive overtime' },
] as const;
export type IloForcedLabourIndicator = CodeOf<typeof ILO_FORCED_LABOUR_INDICATORS>;
export const ILO_FORCED_LABOUR_INDICATOR_CODES = codesOf(ILO_FORCED_LABOUR_INDICATORS);
