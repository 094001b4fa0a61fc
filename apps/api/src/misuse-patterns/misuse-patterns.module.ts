import { Module } from '@nestjs/common';
import { CountermeasureResolver, PracticeCountermeasuresResolver } from './countermeasure.resolver';
import { CountermeasureService } from './countermeasure.service';
import { GapMatrixService } from './gap-matrix.service';
import { MisusePatternResolver } from './misuse-pattern.resolver';
import { MisusePatternService } from './misuse-pattern.service';

@Module({
  providers: [
    MisusePatternService,
    CountermeasureService,
    GapMatrixService,
    MisusePatternResolver,
    CountermeasureResolver,
    PracticeCountermeasuresResolver,
  ],
  exports: [MisusePatternService, CountermeasureService],
})
export class MisusePatternsModule {}
