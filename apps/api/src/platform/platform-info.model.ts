import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How this platform instance runs, for the web app to say so.' })
export class PlatformInfo {
  @Field({
    description:
      'True outside production, or when the demo accounts (whose password the README prints) exist: the web app then shows a "demo mode" banner on every page.',
  })
  demoMode: boolean;
}
