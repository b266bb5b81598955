// The demo catalogue of 安徽省科学技术厅, in display order: the high-frequency items of
// the seeds' journeys first, then projects, funding, platforms, talent, awards and
// achievements. One file per item under ./items; shared facts in ./common.ts.
import type { ItemContent } from '../schema.ts';
import { DEFAULT_APPLICATION_FORM } from '../forms/default.ts';
import { item as labAnimalProduction } from './items/lab-animal-production-licence.ts';
import { item as labAnimalUse } from './items/lab-animal-use-licence.ts';
import { item as highTechEnterprise } from './items/high-tech-enterprise-recognition.ts';
import { item as rdExpenseDeduction } from './items/rd-expense-deduction-appraisal.ts';
import { item as sciTechProgramme } from './items/sci-tech-programme-project.ts';
import { item as achievementRegistration } from './items/sci-tech-achievement-registration.ts';
import { item as keyRdProgramme } from './items/key-rd-programme-project.ts';
import { item as naturalScienceFund } from './items/natural-science-fund-project.ts';
import { item as softScience } from './items/soft-science-project.ts';
import { item as insuranceSubsidy } from './items/sci-tech-insurance-subsidy.ts';
import { item as instrumentSharingSubsidy } from './items/large-instrument-sharing-subsidy.ts';
import { item as incubator } from './items/incubator-recognition.ts';
import { item as keyLaboratory } from './items/key-laboratory-recognition.ts';
import { item as internationalBase } from './items/international-cooperation-base.ts';
import { item as academicianWorkstation } from './items/academician-workstation-filing.ts';
import { item as awardPreliminaryReview } from './items/sci-tech-award-preliminary-review.ts';
import { item as technologyContract } from './items/technology-contract-registration.ts';

const listed: ItemContent[] = [
  labAnimalProduction,
  labAnimalUse,
  highTechEnterprise,
  rdExpenseDeduction,
  sciTechProgramme,
  achievementRegistration,
  keyRdProgramme,
  naturalScienceFund,
  softScience,
  insuranceSubsidy,
  instrumentSharingSubsidy,
  incubator,
  keyLaboratory,
  internationalBase,
  academicianWorkstation,
  awardPreliminaryReview,
  technologyContract,
];

/** Every item carries its application form, versioned with it (the generic one unless it has its own). */
export const demoItems: ItemContent[] = listed.map((i) => ({ ...i, applicationForm: i.applicationForm ?? DEFAULT_APPLICATION_FORM }));
