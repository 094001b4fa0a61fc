import {
  FOCUS_AREA_CODES,
  MISUSED_TECHNOLOGY_CODES,
  PRACTICE_STATUS_CODES,
  REGIONS,
  STAKEHOLDER_TYPES,
  STAKEHOLDER_TYPE_CODES,
  TAXONOMIES,
  TAXONOMY_CODE_PATTERN,
  TRAFFICKING_STAGE_CODES,
  codesOf,
  entryOf,
  isCodeOf,
  labelOf,
  type StakeholderType,
} from '../index.js';
import { z } from 'zod';

const taxonomies = Object.entries(TAXONOMIES);

describe('taxonomies', () => {
  it.each(taxonomies)('%s has unique UPPER_SNAKE codes and non-empty labels', (_name, taxonomy) => {
    const codes = taxonomy.map((entry) => entry.code);
    expect(taxonomy.length).toBeGreaterThan(0);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of taxonomy) {
      expect(entry.code).toMatch(TAXONOMY_CODE_PATTERN);
      expect(entry.label.trim()).not.toBe('');
    }
    const labels = taxonomy.map((entry) => entry.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it.each(taxonomies)('%s: codesOf keeps the order of the entries', (_name, taxonomy) => {
    expect(codesOf(taxonomy)).toEqual(taxonomy.map((entry) => entry.code));
  });

  it('stakeholder types are exactly the codes the API and web depend on, in order', () => {
    expect(STAKEHOLDER_TYPES).toEqual([
      { code: 'GOVERNMENT', label: 'Government' },
      { code: 'CIVIL_SOCIETY', label: 'NGO / civil society' },
      { code: 'PRIVATE_SECTOR', label: 'Private sector' },
      { code: 'ACADEMIA', label: 'Academia / research' },
      { code: 'INTERNATIONAL_ORGANIZATION', label: 'International organization' },
      { code: 'MEDIA', label: 'Media' },
      { code: 'OTHER', label: 'Other' },
    ]);
  });

  it('has the 4 Ps, the practice statuses, the trafficking stages and the misused technologies', () => {
    expect(FOCUS_AREA_CODES).toEqual(['PREVENTION', 'PROSECUTION', 'PROTECTION', 'PARTNERSHIP']);
    expect(PRACTICE_STATUS_CODES).toEqual(['IDEA', 'PILOT', 'ACTIVE', 'SCALED', 'DISCONTINUED']);
    expect(TRAFFICKING_STAGE_CODES).toEqual([
      'RECRUITMENT',
      'ADVERTISING_AND_SELLING',
      'MOVEMENT',
      'CONTROL_AND_EXPLOITATION',
      'FINANCIAL_FLOWS',
    ]);
    expect(MISUSED_TECHNOLOGY_CODES).toHaveLength(10);
    expect(MISUSED_TECHNOLOGY_CODES).toContain('GENERATIVE_AI_AND_DEEPFAKES');
  });

  it('has the ILO indicators of forced labour (11)', () => {
    expect(TAXONOMIES.iloForcedLabourIndicators).toHaveLength(11);
  });

  it('has the regions named in the brief', () => {
    const codes = REGIONS.map((r) => r.code);
    for (const code of [
      'WESTERN_EUROPE',
      'SOUTH_EASTERN_EUROPE',
      'EASTERN_EUROPE',
      'CENTRAL_ASIA',
      'SOUTH_CAUCASUS',
      'NORTH_AMERICA',
      'MEDITERRANEAN_PARTNERS',
      'ASIAN_PARTNERS',
    ]) {
      expect(codes).toContain(code);
    }
  });

  it('labelOf returns the English label, and the code itself for an unknown code', () => {
    expect(labelOf(STAKEHOLDER_TYPES, 'CIVIL_SOCIETY')).toBe('NGO / civil society');
    expect(labelOf(STAKEHOLDER_TYPES, 'NOT_A_CODE' as StakeholderType)).toBe('NOT_A_CODE');
  });

  it('entryOf and isCodeOf look codes up', () => {
    expect(entryOf(STAKEHOLDER_TYPES, 'MEDIA')).toEqual({ code: 'MEDIA', label: 'Media' });
    expect(entryOf(STAKEHOLDER_TYPES, null)).toBeUndefined();
    expect(isCodeOf(STAKEHOLDER_TYPES, 'ACADEMIA')).toBe(true);
    expect(isCodeOf(STAKEHOLDER_TYPES, 'academia')).toBe(false);
    expect(isCodeOf(STAKEHOLDER_TYPES, 42)).toBe(false);
  });

  it('code tuples work with z.enum', () => {
    const schema = z.enum(STAKEHOLDER_TYPE_CODES);
    expect(schema.parse('GOVERNMENT')).toBe('GOVERNMENT');
    expect(schema.safeParse('NGO').success).toBe(false);
  });
});
