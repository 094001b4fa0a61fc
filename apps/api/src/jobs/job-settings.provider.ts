import { Inject } from '@nestjs/common';

export const JOB_SETTINGS = Symbol('JOB_SETTINGS');
/** Injects the JobSettings read at start-up. */
export const InjectJobSettings = () => Inject(JOB_SETTINGS);
