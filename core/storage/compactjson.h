#pragma once
// Metadata as compact JSON text, fast: the write path serialises a metadata object for most rows
// it stores, and QJsonDocument's writer (a copy, then a double-to-shortest conversion for every
// number) cost more than SQLite's insert. Same text as QJsonDocument::Compact for what metadata
// holds (flat objects of strings, numbers, booleans and nulls, keys in QJsonObject's order),
// except that integral numbers are always written as integers ("1000", never "1e+03"); nested
// values are written by Qt.
#include <QByteArray>
#include <QJsonObject>

namespace insights {

QByteArray compactJson(const QJsonObject &object);
// A number as JSON writes it: integral values as integers, others in their shortest form;
// empty for infinities and NaN (JSON has no spelling for them).
QByteArray numberText(double d);
// `utf8` as a JSON string literal (quotes, backslashes and control characters escaped).
void appendJsonString(QByteArray &out, const QByteArray &utf8);

} // namespace insights
