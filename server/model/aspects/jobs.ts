/**
 * Schemas of the aspects of pipelines and their tasks (DataHub's data flows and data jobs): their
 * properties, a person's edits, a job's inputs and outputs, and their key aspects. A SageMaker
 * training job, a Vertex AI pipeline task or an Airflow task is a data job; its pipeline a data flow.
 */
import { z } from "zod";
import { CustomProperties, Edge, editable, list, name, obj, str, text, TimeStamp, urn, urnOf } from "./fields";

const JOB_STATUSES = ["STARTING", "IN_PROGRESS", "STOPPING", "STOPPED", "COMPLETED", "FAILED", "UNKNOWN", "SKIPPED"] as const;

export const JOB_ASPECT_SCHEMAS = {
  dataFlowInfo: obj({
    name,
    description: text.optional(),
    project: str(1000).optional(),
    customProperties: CustomProperties.optional(),
    externalUrl: str(4000).optional(),
    created: TimeStamp.optional(),
    lastModified: TimeStamp.optional(),
    env: str(100).optional(),
  }),
  editableDataFlowProperties: editable,
  dataJobInfo: obj({
    name,
    description: text.optional(),
    // A union of a deprecated enum and a string: either arrives as the string once read.
    type: str(1000),
    flowUrn: urnOf("dataFlow").optional(),
    customProperties: CustomProperties.optional(),
    externalUrl: str(4000).optional(),
    created: TimeStamp.optional(),
    lastModified: TimeStamp.optional(),
    status: z.enum(JOB_STATUSES).optional(),
    env: str(100).optional(),
  }),
  editableDataJobProperties: editable,
  dataJobInputOutput: obj({
    inputDatasets: list(urnOf("dataset")),
    inputDatasetEdges: list(Edge).optional(),
    outputDatasets: list(urnOf("dataset")),
    outputDatasetEdges: list(Edge).optional(),
    inputDatajobs: list(urnOf("dataJob")).optional(),
    inputDatajobEdges: list(Edge).optional(),
    inputDatasetFields: list(urn).optional(),
    outputDatasetFields: list(urn).optional(),
    fineGrainedLineages: z.unknown().optional(),
  }),
};
