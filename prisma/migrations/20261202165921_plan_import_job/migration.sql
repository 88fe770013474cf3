-- CreateTable
CREATE TABLE "PlanImport" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mapping" JSONB,
    "edits" JSONB,
    "status" "JobStatus" NOT NULL DEFAULT 'RUNNING',
    "phase" TEXT,
    "done" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "report" JSONB,
    "error" TEXT,
    "jobId" TEXT,
    "heartbeatAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "PlanImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanImport_zoneId_createdAt_idx" ON "PlanImport"("zoneId", "createdAt");

-- AddForeignKey
ALTER TABLE "PlanImport" ADD CONSTRAINT "PlanImport_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanImport" ADD CONSTRAINT "PlanImport_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
