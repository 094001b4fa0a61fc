import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';
import { DEMO_USERS } from '../database/seed/demo-users';
import type { PlatformInfo } from './platform-info.model';

const DEMO_EMAILS = DEMO_USERS.map((u) => u.email);

@Injectable()
export class PlatformInfoService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /**
   * Demo mode: development or test (the dev mailbox and demo data are on by default there), or
   * any demo account present, however it got there (SEED_DEMO=true, `cli seed`). Asked each time:
   * one indexed lookup, and it turns off as soon as the demo accounts are deleted.
   */
  async info(): Promise<PlatformInfo> {
    if (this.config.nodeEnv !== 'production' || this.config.mailMode === 'mailbox')
      return { demoMode: true };
    const [row] = await this.db.query<{ demo: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM user_account WHERE email = ANY($1)) AS demo`,
      [DEMO_EMAILS],
    );
    return { demoMode: row.demo };
  }
}
