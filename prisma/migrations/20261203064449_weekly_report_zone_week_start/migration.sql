-- CreateIndex
CREATE INDEX "WeeklyReport_zoneId_weekStart_idx" ON "WeeklyReport"("zoneId", "weekStart");
