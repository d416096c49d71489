{{- define "gatehouse.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "gatehouse.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "gatehouse.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "gatehouse.selectorLabels" -}}
app.kubernetes.io/name: {{ include "gatehouse.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "gatehouse.labels" -}}
helm.sh/chart: {{ include "gatehouse.chart" . }}
{{ include "gatehouse.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "gatehouse.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "gatehouse.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The public base URL: set explicitly, or derived from the ingress host; empty keeps the application default. */}}
{{- define "gatehouse.portalUrl" -}}
{{- if .Values.portal.url }}
{{- .Values.portal.url | trimSuffix "/" }}
{{- else if and .Values.ingress.enabled .Values.ingress.host }}
{{- printf "%s://%s" (ternary "https" "http" (not (empty .Values.ingress.tls))) .Values.ingress.host }}
{{- end }}
{{- end }}

{{- define "gatehouse.persistentData" -}}
{{- if and (eq .Values.database.type "h2") .Values.persistence.enabled }}true{{ end }}
{{- end }}

{{/* Refuses values that would deploy something broken. */}}
{{- define "gatehouse.validate" -}}
{{- if not (has .Values.database.type (list "h2" "postgres")) }}
{{- fail (printf "database.type must be h2 or postgres, not %q" .Values.database.type) }}
{{- end }}
{{- if and (eq .Values.database.type "h2") (gt (int .Values.replicaCount) 1) }}
{{- fail "replicaCount > 1 needs database.type=postgres: the H2 database file cannot be shared between pods" }}
{{- end }}
{{- if eq .Values.database.type "postgres" }}
{{- if not .Values.database.postgres.url }}
{{- fail "database.postgres.url is required with database.type=postgres" }}
{{- end }}
{{- if not .Values.database.postgres.password.existingSecret }}
{{- fail "database.postgres.password.existingSecret is required with database.type=postgres" }}
{{- end }}
{{- end }}
{{- end }}
