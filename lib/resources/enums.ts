// The resource enums the forms offer, from the generated Prisma enums. No zod: client
// components import this module, the schemas (lib/resources/schema.ts) stay on the server.
import * as DbEnums from "@/lib/db/generated/enums";

export const ADMIN_LEVELS = Object.values(DbEnums.AdminLevel);
export const DESIGNATION_STATUSES = Object.values(DbEnums.DesignationStatus);
export const STEP_STATUSES = Object.values(DbEnums.StepStatus);
export const FUNDING_KINDS = Object.values(DbEnums.FundingKind);
export const FUNDING_STATUSES = Object.values(DbEnums.FundingStatus);
export const LAND_BATCH_STATUSES = Object.values(DbEnums.LandBatchStatus);
export const PLANNING_KINDS = Object.values(DbEnums.PlanningKind);
