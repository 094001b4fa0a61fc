import { Module } from '@nestjs/common';
import { AdminRepository } from './admin.repository';
import { AdminResolver } from './admin.resolver';

@Module({ providers: [AdminResolver, AdminRepository], exports: [AdminRepository] })
export class AdminModule {}
