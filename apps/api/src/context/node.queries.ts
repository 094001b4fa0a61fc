import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DiscussionCategory } from '../discussions/discussion.entity';
import { ApiToken } from '../identity/api-token.entity';
import { User } from '../identity/user.entity';
import { Organization } from '../organizations/organization.entity';

/**
 * The plain by-id look-ups node(id) needs for entities whose features have no finder of their
 * own; the rest go through each feature's service (with its visibility rule).
 */
@Injectable()
export class NodeQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  organization(id: string) {
    return this.db.getRepository(Organization).findOneBy({ id });
  }

  category(id: string) {
    return this.db.getRepository(DiscussionCategory).findOneBy({ id });
  }

  user(id: string) {
    return this.db.getRepository(User).findOneBy({ id });
  }

  /** An API token of its owner only. */
  ownApiToken(userId: string, id: string) {
    return this.db.getRepository(ApiToken).findOneBy({ id, userId });
  }
}
