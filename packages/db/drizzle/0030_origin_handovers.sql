CREATE TABLE "case_origin_handover_files" (
	"handover_id" uuid PRIMARY KEY NOT NULL,
	"pdf" "bytea" NOT NULL,
	"json" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_origin_handovers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"office_name" text NOT NULL,
	"office_country" text NOT NULL,
	"office_contact" text DEFAULT '' NOT NULL,
	"handed_over_on" date NOT NULL,
	"consent_id" uuid NOT NULL,
	"document_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"pdf_sha256" text NOT NULL,
	"package_sha256" text NOT NULL,
	"signature" text NOT NULL,
	"key_fingerprint" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "case_origin_handovers_office_country_check" CHECK ("case_origin_handovers"."office_country" in ('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'XK', 'YE', 'YT', 'ZA', 'ZM', 'ZW')),
	CONSTRAINT "case_origin_handovers_pdf_sha256_check" CHECK ("case_origin_handovers"."pdf_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "case_origin_handovers_package_sha256_check" CHECK ("case_origin_handovers"."package_sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "case_consents" DROP CONSTRAINT "case_consents_purpose_check";--> statement-breakpoint
ALTER TABLE "case_origin_handover_files" ADD CONSTRAINT "case_origin_handover_files_handover_id_case_origin_handovers_id_fk" FOREIGN KEY ("handover_id") REFERENCES "public"."case_origin_handovers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_origin_handovers" ADD CONSTRAINT "case_origin_handovers_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_origin_handovers" ADD CONSTRAINT "case_origin_handovers_consent_id_case_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."case_consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_origin_handovers" ADD CONSTRAINT "case_origin_handovers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_origin_handovers_case_idx" ON "case_origin_handovers" USING btree ("case_id","created_at");--> statement-breakpoint
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_purpose_check" CHECK ("case_consents"."purpose" in ('assistance', 'referral', 'authorities', 'origin_office'));