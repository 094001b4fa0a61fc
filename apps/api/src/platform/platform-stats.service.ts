import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { STAKEHOLDER_TYPES, type StakeholderType } from '@alliance/domain';
import type { PlatformStats } from './platform-stats.model';

@Injectable()
export class PlatformStatsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async stats(): Promise<PlatformStats> {
    const [totals] = await this.db.query<{ organizations: number; countries: number }[]>(
      `SELECT count(*)::int AS organizations, count(DISTINCT country)::int AS countries
         FROM organization`,
    );
    const rows = await this.db.query<{ stakeholder_type: StakeholderType; count: number }[]>(
      `SELECT stakeholder_type, count(*)::int AS count FROM organization GROUP BY stakeholder_type`,
    );
    const byType = new Map(rows.map((r) => [r.stakeholder_type, r.count]));
    return {
      organizationCount: totals.organizations,
      countryCount: totals.countries,
      organizationsByStakeholderType: STAKEHOLDER_TYPES.map(({ code }) => ({
        stakeholderType: code,
        count: byType.get(code) ?? 0,
      })),
    };
  }
}
