-- CreateEnum
CREATE TYPE "ChannelKind" AS ENUM ('EMAIL', 'WECOM', 'DINGTALK', 'SMS');

-- CreateEnum
CREATE TYPE "OutboundStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'DEAD', 'UNCERTAIN');

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "leaderId" TEXT,
ADD COLUMN     "liaisonId" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "deliveryChoices" JSONB,
ADD COLUMN     "dingtalkUserId" TEXT,
ADD COLUMN     "wecomUserId" TEXT;

-- AlterTable
ALTER TABLE "Zone" ADD COLUMN     "reminderSchedule" JSONB;

-- CreateTable
CREATE TABLE "DeliveryChannel" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "kind" "ChannelKind" NOT NULL,
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "config" JSONB NOT NULL,
    "secret" TEXT,
    "unitIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "ratePerMinute" INTEGER NOT NULL DEFAULT 20,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeliveryChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboundMessage" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "channelId" TEXT,
    "channelKind" "ChannelKind" NOT NULL,
    "key" TEXT NOT NULL,
    "userId" TEXT,
    "unitId" TEXT,
    "notificationId" TEXT,
    "kind" "NotificationKind" NOT NULL,
    "address" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "mentionUserIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" "OutboundStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "queuedAt" TIMESTAMP(3),
    "sendingAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "providerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutboundMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DeliveryChannel_zoneId_name_key" ON "DeliveryChannel"("zoneId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "OutboundMessage_key_key" ON "OutboundMessage"("key");

-- CreateIndex
CREATE INDEX "OutboundMessage_status_queuedAt_idx" ON "OutboundMessage"("status", "queuedAt");

-- CreateIndex
CREATE INDEX "OutboundMessage_zoneId_status_createdAt_idx" ON "OutboundMessage"("zoneId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "OutboundMessage_channelKind_channelId_sendingAt_idx" ON "OutboundMessage"("channelKind", "channelId", "sendingAt");

-- CreateIndex
CREATE INDEX "OutboundMessage_notificationId_idx" ON "OutboundMessage"("notificationId");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_liaisonId_fkey" FOREIGN KEY ("liaisonId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveryChannel" ADD CONSTRAINT "DeliveryChannel_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundMessage" ADD CONSTRAINT "OutboundMessage_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundMessage" ADD CONSTRAINT "OutboundMessage_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "DeliveryChannel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundMessage" ADD CONSTRAINT "OutboundMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundMessage" ADD CONSTRAINT "OutboundMessage_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification"("id") ON DELETE SET NULL ON UPDATE CASCADE;
