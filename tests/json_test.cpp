// The JSON form of findings (docs/json-output.md), byte for byte: key order, the optional keys
// (row of a table location, line/col, cell_name, error), null, numbers and escapes. The CLI's
// output for real reports is compared byte for byte by tests/json_golden.sh; this covers what
// the CLI cannot produce (office cell names, every kind of location in one finding).
#include <gtest/gtest.h>

#include "nianbao/json.hpp"

namespace nianbao {
namespace {

Location cell_in_writer() {
    Location l;
    l.kind = Location::Kind::cell;
    l.table = "requests";
    l.row = "3.3.1";
    l.column = "total";
    l.source.cell_name = "H12";
    return l;
}

TEST(Json, EveryKindOfLocation) {
    EXPECT_EQ(location_json(Location::document()), R"({"kind":"document"})");
    Location table;
    table.kind = Location::Kind::table;
    table.table = "disputes";
    EXPECT_EQ(location_json(table), R"({"kind":"table","table":"disputes"})");
    table.row = "cases";
    table.source.line = 40;
    table.source.column = 1;
    EXPECT_EQ(location_json(table), R"({"kind":"table","table":"disputes","row":"cases","line":40,"col":1})");
    EXPECT_EQ(location_json(cell_in_writer()),
              R"({"kind":"cell","table":"requests","row":"3.3.1","column":"total","cell_name":"H12"})");
    SourcePos pos;
    pos.line = 7;
    pos.column = 12;
    EXPECT_EQ(location_json(Location::of_text("overview", -1, 0, 4, pos)),
              R"({"kind":"text","section":"overview","paragraph":-1,"start":0,"end":4,"line":7,"col":12})");
}

TEST(Json, AFindingWithRelatedCellsAndAFix) {
    Finding f;
    f.rule = "table/row-total";
    f.severity = Severity::warning;
    f.message = "表三「（七）总计」行：各列之和为 14，总计栏为 0";
    f.location = cell_in_writer();
    f.related = {Location::document(), cell_in_writer()};
    f.fix = "14";
    EXPECT_EQ(finding_json(f),
              R"({"rule":"table/row-total","severity":"warning","message":"表三「（七）总计」行：各列之和为 14，总计栏为 0",)"
              R"("location":{"kind":"cell","table":"requests","row":"3.3.1","column":"total","cell_name":"H12"},)"
              R"("related":[{"kind":"document"},{"kind":"cell","table":"requests","row":"3.3.1","column":"total","cell_name":"H12"}],)"
              R"("fix":"14"})");
    f.related.clear();
    f.fix.reset();
    f.severity = Severity::info;
    f.location = Location::document();
    EXPECT_EQ(finding_json(f), R"({"rule":"table/row-total","severity":"info","message":"表三「（七）总计」行：各列之和为 14，总计栏为 0",)"
                               R"("location":{"kind":"document"},"related":[],"fix":null})");
}

TEST(Json, AnUnreadableFile) {
    EXPECT_EQ(file_result_json("a/空.txt", nullptr, {}, "文件为空"),
              R"({"file":"a/空.txt","format":null,"findings":[],"error":"文件为空"})");
}

TEST(Json, EscapesQuotesBackslashesAndControlCharacters) {
    // The same bytes as the hand-written writer for these; U+2028 and DEL are passed through.
    EXPECT_EQ(json_escape("a\"b\\c\nd\re\tf\x01g\x1fh\x7f\u2028/"),
              "\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u001fh\x7f\u2028/\"");
    EXPECT_EQ(json_escape(""), "\"\"");
}

} // namespace
} // namespace nianbao
