// db.command.aggregate of the double: each operator builds the MongoDB expression of the same name, as the SDK does
// (developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-server-api/database/command/aggregate/).
import type { AggExpr, AggregateCommandFactory } from '../../../cloudfunctions/adapters/wx/sdk';

const op =
  (name: string) =>
  (arg: unknown): AggExpr => ({ [name]: arg });

export const aggregateCommand: AggregateCommandFactory = {
  sum: op('$sum'),
  max: op('$max'),
  min: op('$min'),
  first: op('$first'),
  push: op('$push'),
  addToSet: op('$addToSet'),
  eq: op('$eq'),
  neq: op('$ne'),
  gt: op('$gt'),
  gte: op('$gte'),
  lt: op('$lt'),
  lte: op('$lte'),
  in: op('$in'),
  and: op('$and'),
  or: op('$or'),
  cond: op('$cond'),
  switch: op('$switch'),
  ifNull: op('$ifNull'),
  literal: op('$literal'),
  add: op('$add'),
  subtract: op('$subtract'),
  multiply: op('$multiply'),
  divide: op('$divide'),
  size: op('$size'),
  arrayElemAt: op('$arrayElemAt'),
  slice: op('$slice'),
  setDifference: op('$setDifference'),
  map: op('$map'),
  reduce: op('$reduce'),
  concat: op('$concat'),
  strLenCP: op('$strLenCP'),
  dateFromString: op('$dateFromString'),
  dateToString: op('$dateToString'),
};
