// AST printer in python3's ast.dump() format. See ast_dump.h.
#include "parse/ast_dump.h"

#include <cstdint>
#include <cstring>

#include "lex/lexer.h"

namespace minnow {

using namespace ast;

namespace {

// Code points >= 0x80 that Python's str.isprintable() rejects (Unicode 14,
// as in CPython 3.11), as inclusive ranges; repr() escapes them.
const uint32_t kNonPrintable[][2] = {
    {0x80, 0xA0}, {0xAD, 0xAD}, {0x378, 0x379}, {0x380, 0x383}, {0x38B, 0x38B}, {0x38D, 0x38D},
    {0x3A2, 0x3A2}, {0x530, 0x530}, {0x557, 0x558}, {0x58B, 0x58C}, {0x590, 0x590}, {0x5C8, 0x5CF},
    {0x5EB, 0x5EE}, {0x5F5, 0x605}, {0x61C, 0x61C}, {0x6DD, 0x6DD}, {0x70E, 0x70F}, {0x74B, 0x74C},
    {0x7B2, 0x7BF}, {0x7FB, 0x7FC}, {0x82E, 0x82F}, {0x83F, 0x83F}, {0x85C, 0x85D}, {0x85F, 0x85F},
    {0x86B, 0x86F}, {0x88F, 0x897}, {0x8E2, 0x8E2}, {0x984, 0x984}, {0x98D, 0x98E}, {0x991, 0x992},
    {0x9A9, 0x9A9}, {0x9B1, 0x9B1}, {0x9B3, 0x9B5}, {0x9BA, 0x9BB}, {0x9C5, 0x9C6}, {0x9C9, 0x9CA},
    {0x9CF, 0x9D6}, {0x9D8, 0x9DB}, {0x9DE, 0x9DE}, {0x9E4, 0x9E5}, {0x9FF, 0xA00}, {0xA04, 0xA04},
    {0xA0B, 0xA0E}, {0xA11, 0xA12}, {0xA29, 0xA29}, {0xA31, 0xA31}, {0xA34, 0xA34}, {0xA37, 0xA37},
    {0xA3A, 0xA3B}, {0xA3D, 0xA3D}, {0xA43, 0xA46}, {0xA49, 0xA4A}, {0xA4E, 0xA50}, {0xA52, 0xA58},
    {0xA5D, 0xA5D}, {0xA5F, 0xA65}, {0xA77, 0xA80}, {0xA84, 0xA84}, {0xA8E, 0xA8E}, {0xA92, 0xA92},
    {0xAA9, 0xAA9}, {0xAB1, 0xAB1}, {0xAB4, 0xAB4}, {0xABA, 0xABB}, {0xAC6, 0xAC6}, {0xACA, 0xACA},
    {0xACE, 0xACF}, {0xAD1, 0xADF}, {0xAE4, 0xAE5}, {0xAF2, 0xAF8}, {0xB00, 0xB00}, {0xB04, 0xB04},
    {0xB0D, 0xB0E}, {0xB11, 0xB12}, {0xB29, 0xB29}, {0xB31, 0xB31}, {0xB34, 0xB34}, {0xB3A, 0xB3B},
    {0xB45, 0xB46}, {0xB49, 0xB4A}, {0xB4E, 0xB54}, {0xB58, 0xB5B}, {0xB5E, 0xB5E}, {0xB64, 0xB65},
    {0xB78, 0xB81}, {0xB84, 0xB84}, {0xB8B, 0xB8D}, {0xB91, 0xB91}, {0xB96, 0xB98}, {0xB9B, 0xB9B},
    {0xB9D, 0xB9D}, {0xBA0, 0xBA2}, {0xBA5, 0xBA7}, {0xBAB, 0xBAD}, {0xBBA, 0xBBD}, {0xBC3, 0xBC5},
    {0xBC9, 0xBC9}, {0xBCE, 0xBCF}, {0xBD1, 0xBD6}, {0xBD8, 0xBE5}, {0xBFB, 0xBFF}, {0xC0D, 0xC0D},
    {0xC11, 0xC11}, {0xC29, 0xC29}, {0xC3A, 0xC3B}, {0xC45, 0xC45}, {0xC49, 0xC49}, {0xC4E, 0xC54},
    {0xC57, 0xC57}, {0xC5B, 0xC5C}, {0xC5E, 0xC5F}, {0xC64, 0xC65}, {0xC70, 0xC76}, {0xC8D, 0xC8D},
    {0xC91, 0xC91}, {0xCA9, 0xCA9}, {0xCB4, 0xCB4}, {0xCBA, 0xCBB}, {0xCC5, 0xCC5}, {0xCC9, 0xCC9},
    {0xCCE, 0xCD4}, {0xCD7, 0xCDC}, {0xCDF, 0xCDF}, {0xCE4, 0xCE5}, {0xCF0, 0xCF0}, {0xCF3, 0xCFF},
    {0xD0D, 0xD0D}, {0xD11, 0xD11}, {0xD45, 0xD45}, {0xD49, 0xD49}, {0xD50, 0xD53}, {0xD64, 0xD65},
    {0xD80, 0xD80}, {0xD84, 0xD84}, {0xD97, 0xD99}, {0xDB2, 0xDB2}, {0xDBC, 0xDBC}, {0xDBE, 0xDBF},
    {0xDC7, 0xDC9}, {0xDCB, 0xDCE}, {0xDD5, 0xDD5}, {0xDD7, 0xDD7}, {0xDE0, 0xDE5}, {0xDF0, 0xDF1},
    {0xDF5, 0xE00}, {0xE3B, 0xE3E}, {0xE5C, 0xE80}, {0xE83, 0xE83}, {0xE85, 0xE85}, {0xE8B, 0xE8B},
    {0xEA4, 0xEA4}, {0xEA6, 0xEA6}, {0xEBE, 0xEBF}, {0xEC5, 0xEC5}, {0xEC7, 0xEC7}, {0xECE, 0xECF},
    {0xEDA, 0xEDB}, {0xEE0, 0xEFF}, {0xF48, 0xF48}, {0xF6D, 0xF70}, {0xF98, 0xF98}, {0xFBD, 0xFBD},
    {0xFCD, 0xFCD}, {0xFDB, 0xFFF}, {0x10C6, 0x10C6}, {0x10C8, 0x10CC}, {0x10CE, 0x10CF},
    {0x1249, 0x1249}, {0x124E, 0x124F}, {0x1257, 0x1257}, {0x1259, 0x1259}, {0x125E, 0x125F},
    {0x1289, 0x1289}, {0x128E, 0x128F}, {0x12B1, 0x12B1}, {0x12B6, 0x12B7}, {0x12BF, 0x12BF},
    {0x12C1, 0x12C1}, {0x12C6, 0x12C7}, {0x12D7, 0x12D7}, {0x1311, 0x1311}, {0x1316, 0x1317},
    {0x135B, 0x135C}, {0x137D, 0x137F}, {0x139A, 0x139F}, {0x13F6, 0x13F7}, {0x13FE, 0x13FF},
    {0x1680, 0x1680}, {0x169D, 0x169F}, {0x16F9, 0x16FF}, {0x1716, 0x171E}, {0x1737, 0x173F},
    {0x1754, 0x175F}, {0x176D, 0x176D}, {0x1771, 0x1771}, {0x1774, 0x177F}, {0x17DE, 0x17DF},
    {0x17EA, 0x17EF}, {0x17FA, 0x17FF}, {0x180E, 0x180E}, {0x181A, 0x181F}, {0x1879, 0x187F},
    {0x18AB, 0x18AF}, {0x18F6, 0x18FF}, {0x191F, 0x191F}, {0x192C, 0x192F}, {0x193C, 0x193F},
    {0x1941, 0x1943}, {0x196E, 0x196F}, {0x1975, 0x197F}, {0x19AC, 0x19AF}, {0x19CA, 0x19CF},
    {0x19DB, 0x19DD}, {0x1A1C, 0x1A1D}, {0x1A5F, 0x1A5F}, {0x1A7D, 0x1A7E}, {0x1A8A, 0x1A8F},
    {0x1A9A, 0x1A9F}, {0x1AAE, 0x1AAF}, {0x1ACF, 0x1AFF}, {0x1B4D, 0x1B4F}, {0x1B7F, 0x1B7F},
    {0x1BF4, 0x1BFB}, {0x1C38, 0x1C3A}, {0x1C4A, 0x1C4C}, {0x1C89, 0x1C8F}, {0x1CBB, 0x1CBC},
    {0x1CC8, 0x1CCF}, {0x1CFB, 0x1CFF}, {0x1F16, 0x1F17}, {0x1F1E, 0x1F1F}, {0x1F46, 0x1F47},
    {0x1F4E, 0x1F4F}, {0x1F58, 0x1F58}, {0x1F5A, 0x1F5A}, {0x1F5C, 0x1F5C}, {0x1F5E, 0x1F5E},
    {0x1F7E, 0x1F7F}, {0x1FB5, 0x1FB5}, {0x1FC5, 0x1FC5}, {0x1FD4, 0x1FD5}, {0x1FDC, 0x1FDC},
    {0x1FF0, 0x1FF1}, {0x1FF5, 0x1FF5}, {0x1FFF, 0x200F}, {0x2028, 0x202F}, {0x205F, 0x206F},
    {0x2072, 0x2073}, {0x208F, 0x208F}, {0x209D, 0x209F}, {0x20C1, 0x20CF}, {0x20F1, 0x20FF},
    {0x218C, 0x218F}, {0x2427, 0x243F}, {0x244B, 0x245F}, {0x2B74, 0x2B75}, {0x2B96, 0x2B96},
    {0x2CF4, 0x2CF8}, {0x2D26, 0x2D26}, {0x2D28, 0x2D2C}, {0x2D2E, 0x2D2F}, {0x2D68, 0x2D6E},
    {0x2D71, 0x2D7E}, {0x2D97, 0x2D9F}, {0x2DA7, 0x2DA7}, {0x2DAF, 0x2DAF}, {0x2DB7, 0x2DB7},
    {0x2DBF, 0x2DBF}, {0x2DC7, 0x2DC7}, {0x2DCF, 0x2DCF}, {0x2DD7, 0x2DD7}, {0x2DDF, 0x2DDF},
    {0x2E5E, 0x2E7F}, {0x2E9A, 0x2E9A}, {0x2EF4, 0x2EFF}, {0x2FD6, 0x2FEF}, {0x2FFC, 0x3000},
    {0x3040, 0x3040}, {0x3097, 0x3098}, {0x3100, 0x3104}, {0x3130, 0x3130}, {0x318F, 0x318F},
    {0x31E4, 0x31EF}, {0x321F, 0x321F}, {0xA48D, 0xA48F}, {0xA4C7, 0xA4CF}, {0xA62C, 0xA63F},
    {0xA6F8, 0xA6FF}, {0xA7CB, 0xA7CF}, {0xA7D2, 0xA7D2}, {0xA7D4, 0xA7D4}, {0xA7DA, 0xA7F1},
    {0xA82D, 0xA82F}, {0xA83A, 0xA83F}, {0xA878, 0xA87F}, {0xA8C6, 0xA8CD}, {0xA8DA, 0xA8DF},
    {0xA954, 0xA95E}, {0xA97D, 0xA97F}, {0xA9CE, 0xA9CE}, {0xA9DA, 0xA9DD}, {0xA9FF, 0xA9FF},
    {0xAA37, 0xAA3F}, {0xAA4E, 0xAA4F}, {0xAA5A, 0xAA5B}, {0xAAC3, 0xAADA}, {0xAAF7, 0xAB00},
    {0xAB07, 0xAB08}, {0xAB0F, 0xAB10}, {0xAB17, 0xAB1F}, {0xAB27, 0xAB27}, {0xAB2F, 0xAB2F},
    {0xAB6C, 0xAB6F}, {0xABEE, 0xABEF}, {0xABFA, 0xABFF}, {0xD7A4, 0xD7AF}, {0xD7C7, 0xD7CA},
    {0xD7FC, 0xF8FF}, {0xFA6E, 0xFA6F}, {0xFADA, 0xFAFF}, {0xFB07, 0xFB12}, {0xFB18, 0xFB1C},
    {0xFB37, 0xFB37}, {0xFB3D, 0xFB3D}, {0xFB3F, 0xFB3F}, {0xFB42, 0xFB42}, {0xFB45, 0xFB45},
    {0xFBC3, 0xFBD2}, {0xFD90, 0xFD91}, {0xFDC8, 0xFDCE}, {0xFDD0, 0xFDEF}, {0xFE1A, 0xFE1F},
    {0xFE53, 0xFE53}, {0xFE67, 0xFE67}, {0xFE6C, 0xFE6F}, {0xFE75, 0xFE75}, {0xFEFD, 0xFF00},
    {0xFFBF, 0xFFC1}, {0xFFC8, 0xFFC9}, {0xFFD0, 0xFFD1}, {0xFFD8, 0xFFD9}, {0xFFDD, 0xFFDF},
    {0xFFE7, 0xFFE7}, {0xFFEF, 0xFFFB}, {0xFFFE, 0xFFFF}, {0x1000C, 0x1000C}, {0x10027, 0x10027},
    {0x1003B, 0x1003B}, {0x1003E, 0x1003E}, {0x1004E, 0x1004F}, {0x1005E, 0x1007F},
    {0x100FB, 0x100FF}, {0x10103, 0x10106}, {0x10134, 0x10136}, {0x1018F, 0x1018F},
    {0x1019D, 0x1019F}, {0x101A1, 0x101CF}, {0x101FE, 0x1027F}, {0x1029D, 0x1029F},
    {0x102D1, 0x102DF}, {0x102FC, 0x102FF}, {0x10324, 0x1032C}, {0x1034B, 0x1034F},
    {0x1037B, 0x1037F}, {0x1039E, 0x1039E}, {0x103C4, 0x103C7}, {0x103D6, 0x103FF},
    {0x1049E, 0x1049F}, {0x104AA, 0x104AF}, {0x104D4, 0x104D7}, {0x104FC, 0x104FF},
    {0x10528, 0x1052F}, {0x10564, 0x1056E}, {0x1057B, 0x1057B}, {0x1058B, 0x1058B},
    {0x10593, 0x10593}, {0x10596, 0x10596}, {0x105A2, 0x105A2}, {0x105B2, 0x105B2},
    {0x105BA, 0x105BA}, {0x105BD, 0x105FF}, {0x10737, 0x1073F}, {0x10756, 0x1075F},
    {0x10768, 0x1077F}, {0x10786, 0x10786}, {0x107B1, 0x107B1}, {0x107BB, 0x107FF},
    {0x10806, 0x10807}, {0x10809, 0x10809}, {0x10836, 0x10836}, {0x10839, 0x1083B},
    {0x1083D, 0x1083E}, {0x10856, 0x10856}, {0x1089F, 0x108A6}, {0x108B0, 0x108DF},
    {0x108F3, 0x108F3}, {0x108F6, 0x108FA}, {0x1091C, 0x1091E}, {0x1093A, 0x1093E},
    {0x10940, 0x1097F}, {0x109B8, 0x109BB}, {0x109D0, 0x109D1}, {0x10A04, 0x10A04},
    {0x10A07, 0x10A0B}, {0x10A14, 0x10A14}, {0x10A18, 0x10A18}, {0x10A36, 0x10A37},
    {0x10A3B, 0x10A3E}, {0x10A49, 0x10A4F}, {0x10A59, 0x10A5F}, {0x10AA0, 0x10ABF},
    {0x10AE7, 0x10AEA}, {0x10AF7, 0x10AFF}, {0x10B36, 0x10B38}, {0x10B56, 0x10B57},
    {0x10B73, 0x10B77}, {0x10B92, 0x10B98}, {0x10B9D, 0x10BA8}, {0x10BB0, 0x10BFF},
    {0x10C49, 0x10C7F}, {0x10CB3, 0x10CBF}, {0x10CF3, 0x10CF9}, {0x10D28, 0x10D2F},
    {0x10D3A, 0x10E5F}, {0x10E7F, 0x10E7F}, {0x10EAA, 0x10EAA}, {0x10EAE, 0x10EAF},
    {0x10EB2, 0x10EFF}, {0x10F28, 0x10F2F}, {0x10F5A, 0x10F6F}, {0x10F8A, 0x10FAF},
    {0x10FCC, 0x10FDF}, {0x10FF7, 0x10FFF}, {0x1104E, 0x11051}, {0x11076, 0x1107E},
    {0x110BD, 0x110BD}, {0x110C3, 0x110CF}, {0x110E9, 0x110EF}, {0x110FA, 0x110FF},
    {0x11135, 0x11135}, {0x11148, 0x1114F}, {0x11177, 0x1117F}, {0x111E0, 0x111E0},
    {0x111F5, 0x111FF}, {0x11212, 0x11212}, {0x1123F, 0x1127F}, {0x11287, 0x11287},
    {0x11289, 0x11289}, {0x1128E, 0x1128E}, {0x1129E, 0x1129E}, {0x112AA, 0x112AF},
    {0x112EB, 0x112EF}, {0x112FA, 0x112FF}, {0x11304, 0x11304}, {0x1130D, 0x1130E},
    {0x11311, 0x11312}, {0x11329, 0x11329}, {0x11331, 0x11331}, {0x11334, 0x11334},
    {0x1133A, 0x1133A}, {0x11345, 0x11346}, {0x11349, 0x1134A}, {0x1134E, 0x1134F},
    {0x11351, 0x11356}, {0x11358, 0x1135C}, {0x11364, 0x11365}, {0x1136D, 0x1136F},
    {0x11375, 0x113FF}, {0x1145C, 0x1145C}, {0x11462, 0x1147F}, {0x114C8, 0x114CF},
    {0x114DA, 0x1157F}, {0x115B6, 0x115B7}, {0x115DE, 0x115FF}, {0x11645, 0x1164F},
    {0x1165A, 0x1165F}, {0x1166D, 0x1167F}, {0x116BA, 0x116BF}, {0x116CA, 0x116FF},
    {0x1171B, 0x1171C}, {0x1172C, 0x1172F}, {0x11747, 0x117FF}, {0x1183C, 0x1189F},
    {0x118F3, 0x118FE}, {0x11907, 0x11908}, {0x1190A, 0x1190B}, {0x11914, 0x11914},
    {0x11917, 0x11917}, {0x11936, 0x11936}, {0x11939, 0x1193A}, {0x11947, 0x1194F},
    {0x1195A, 0x1199F}, {0x119A8, 0x119A9}, {0x119D8, 0x119D9}, {0x119E5, 0x119FF},
    {0x11A48, 0x11A4F}, {0x11AA3, 0x11AAF}, {0x11AF9, 0x11BFF}, {0x11C09, 0x11C09},
    {0x11C37, 0x11C37}, {0x11C46, 0x11C4F}, {0x11C6D, 0x11C6F}, {0x11C90, 0x11C91},
    {0x11CA8, 0x11CA8}, {0x11CB7, 0x11CFF}, {0x11D07, 0x11D07}, {0x11D0A, 0x11D0A},
    {0x11D37, 0x11D39}, {0x11D3B, 0x11D3B}, {0x11D3E, 0x11D3E}, {0x11D48, 0x11D4F},
    {0x11D5A, 0x11D5F}, {0x11D66, 0x11D66}, {0x11D69, 0x11D69}, {0x11D8F, 0x11D8F},
    {0x11D92, 0x11D92}, {0x11D99, 0x11D9F}, {0x11DAA, 0x11EDF}, {0x11EF9, 0x11FAF},
    {0x11FB1, 0x11FBF}, {0x11FF2, 0x11FFE}, {0x1239A, 0x123FF}, {0x1246F, 0x1246F},
    {0x12475, 0x1247F}, {0x12544, 0x12F8F}, {0x12FF3, 0x12FFF}, {0x1342F, 0x143FF},
    {0x14647, 0x167FF}, {0x16A39, 0x16A3F}, {0x16A5F, 0x16A5F}, {0x16A6A, 0x16A6D},
    {0x16ABF, 0x16ABF}, {0x16ACA, 0x16ACF}, {0x16AEE, 0x16AEF}, {0x16AF6, 0x16AFF},
    {0x16B46, 0x16B4F}, {0x16B5A, 0x16B5A}, {0x16B62, 0x16B62}, {0x16B78, 0x16B7C},
    {0x16B90, 0x16E3F}, {0x16E9B, 0x16EFF}, {0x16F4B, 0x16F4E}, {0x16F88, 0x16F8E},
    {0x16FA0, 0x16FDF}, {0x16FE5, 0x16FEF}, {0x16FF2, 0x16FFF}, {0x187F8, 0x187FF},
    {0x18CD6, 0x18CFF}, {0x18D09, 0x1AFEF}, {0x1AFF4, 0x1AFF4}, {0x1AFFC, 0x1AFFC},
    {0x1AFFF, 0x1AFFF}, {0x1B123, 0x1B14F}, {0x1B153, 0x1B163}, {0x1B168, 0x1B16F},
    {0x1B2FC, 0x1BBFF}, {0x1BC6B, 0x1BC6F}, {0x1BC7D, 0x1BC7F}, {0x1BC89, 0x1BC8F},
    {0x1BC9A, 0x1BC9B}, {0x1BCA0, 0x1CEFF}, {0x1CF2E, 0x1CF2F}, {0x1CF47, 0x1CF4F},
    {0x1CFC4, 0x1CFFF}, {0x1D0F6, 0x1D0FF}, {0x1D127, 0x1D128}, {0x1D173, 0x1D17A},
    {0x1D1EB, 0x1D1FF}, {0x1D246, 0x1D2DF}, {0x1D2F4, 0x1D2FF}, {0x1D357, 0x1D35F},
    {0x1D379, 0x1D3FF}, {0x1D455, 0x1D455}, {0x1D49D, 0x1D49D}, {0x1D4A0, 0x1D4A1},
    {0x1D4A3, 0x1D4A4}, {0x1D4A7, 0x1D4A8}, {0x1D4AD, 0x1D4AD}, {0x1D4BA, 0x1D4BA},
    {0x1D4BC, 0x1D4BC}, {0x1D4C4, 0x1D4C4}, {0x1D506, 0x1D506}, {0x1D50B, 0x1D50C},
    {0x1D515, 0x1D515}, {0x1D51D, 0x1D51D}, {0x1D53A, 0x1D53A}, {0x1D53F, 0x1D53F},
    {0x1D545, 0x1D545}, {0x1D547, 0x1D549}, {0x1D551, 0x1D551}, {0x1D6A6, 0x1D6A7},
    {0x1D7CC, 0x1D7CD}, {0x1DA8C, 0x1DA9A}, {0x1DAA0, 0x1DAA0}, {0x1DAB0, 0x1DEFF},
    {0x1DF1F, 0x1DFFF}, {0x1E007, 0x1E007}, {0x1E019, 0x1E01A}, {0x1E022, 0x1E022},
    {0x1E025, 0x1E025}, {0x1E02B, 0x1E0FF}, {0x1E12D, 0x1E12F}, {0x1E13E, 0x1E13F},
    {0x1E14A, 0x1E14D}, {0x1E150, 0x1E28F}, {0x1E2AF, 0x1E2BF}, {0x1E2FA, 0x1E2FE},
    {0x1E300, 0x1E7DF}, {0x1E7E7, 0x1E7E7}, {0x1E7EC, 0x1E7EC}, {0x1E7EF, 0x1E7EF},
    {0x1E7FF, 0x1E7FF}, {0x1E8C5, 0x1E8C6}, {0x1E8D7, 0x1E8FF}, {0x1E94C, 0x1E94F},
    {0x1E95A, 0x1E95D}, {0x1E960, 0x1EC70}, {0x1ECB5, 0x1ED00}, {0x1ED3E, 0x1EDFF},
    {0x1EE04, 0x1EE04}, {0x1EE20, 0x1EE20}, {0x1EE23, 0x1EE23}, {0x1EE25, 0x1EE26},
    {0x1EE28, 0x1EE28}, {0x1EE33, 0x1EE33}, {0x1EE38, 0x1EE38}, {0x1EE3A, 0x1EE3A},
    {0x1EE3C, 0x1EE41}, {0x1EE43, 0x1EE46}, {0x1EE48, 0x1EE48}, {0x1EE4A, 0x1EE4A},
    {0x1EE4C, 0x1EE4C}, {0x1EE50, 0x1EE50}, {0x1EE53, 0x1EE53}, {0x1EE55, 0x1EE56},
    {0x1EE58, 0x1EE58}, {0x1EE5A, 0x1EE5A}, {0x1EE5C, 0x1EE5C}, {0x1EE5E, 0x1EE5E},
    {0x1EE60, 0x1EE60}, {0x1EE63, 0x1EE63}, {0x1EE65, 0x1EE66}, {0x1EE6B, 0x1EE6B},
    {0x1EE73, 0x1EE73}, {0x1EE78, 0x1EE78}, {0x1EE7D, 0x1EE7D}, {0x1EE7F, 0x1EE7F},
    {0x1EE8A, 0x1EE8A}, {0x1EE9C, 0x1EEA0}, {0x1EEA4, 0x1EEA4}, {0x1EEAA, 0x1EEAA},
    {0x1EEBC, 0x1EEEF}, {0x1EEF2, 0x1EFFF}, {0x1F02C, 0x1F02F}, {0x1F094, 0x1F09F},
    {0x1F0AF, 0x1F0B0}, {0x1F0C0, 0x1F0C0}, {0x1F0D0, 0x1F0D0}, {0x1F0F6, 0x1F0FF},
    {0x1F1AE, 0x1F1E5}, {0x1F203, 0x1F20F}, {0x1F23C, 0x1F23F}, {0x1F249, 0x1F24F},
    {0x1F252, 0x1F25F}, {0x1F266, 0x1F2FF}, {0x1F6D8, 0x1F6DC}, {0x1F6ED, 0x1F6EF},
    {0x1F6FD, 0x1F6FF}, {0x1F774, 0x1F77F}, {0x1F7D9, 0x1F7DF}, {0x1F7EC, 0x1F7EF},
    {0x1F7F1, 0x1F7FF}, {0x1F80C, 0x1F80F}, {0x1F848, 0x1F84F}, {0x1F85A, 0x1F85F},
    {0x1F888, 0x1F88F}, {0x1F8AE, 0x1F8AF}, {0x1F8B2, 0x1F8FF}, {0x1FA54, 0x1FA5F},
    {0x1FA6E, 0x1FA6F}, {0x1FA75, 0x1FA77}, {0x1FA7D, 0x1FA7F}, {0x1FA87, 0x1FA8F},
    {0x1FAAD, 0x1FAAF}, {0x1FABB, 0x1FABF}, {0x1FAC6, 0x1FACF}, {0x1FADA, 0x1FADF},
    {0x1FAE8, 0x1FAEF}, {0x1FAF7, 0x1FAFF}, {0x1FB93, 0x1FB93}, {0x1FBCB, 0x1FBEF},
    {0x1FBFA, 0x1FFFF}, {0x2A6E0, 0x2A6FF}, {0x2B739, 0x2B73F}, {0x2B81E, 0x2B81F},
    {0x2CEA2, 0x2CEAF}, {0x2EBE1, 0x2F7FF}, {0x2FA1E, 0x2FFFF}, {0x3134B, 0xE00FF},
    {0xE01F0, 0x10FFFF},
};

bool printable(uint32_t cp) {
    if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
    uint32_t lo = 0, hi = sizeof kNonPrintable / sizeof kNonPrintable[0];
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (cp < kNonPrintable[mid][0]) hi = mid;
        else if (cp > kNonPrintable[mid][1]) lo = mid + 1;
        else return false;
    }
    return true;
}

struct Out {
    const DumpWriter& w;
    void s(const char* t) { w.write(w.ctx, t, strlen(t)); }
    void s(const char* t, size_t n) { w.write(w.ctx, t, n); }
    void c(char ch) { w.write(w.ctx, &ch, 1); }
    void u(uint64_t v) {
        char tmp[24];
        int k = 0;
        do {
            tmp[k++] = static_cast<char>('0' + v % 10);
            v /= 10;
        } while (v);
        while (k) c(tmp[--k]);
    }
    void i(int64_t v) {
        if (v < 0) {
            c('-');
            u(static_cast<uint64_t>(-(v + 1)) + 1);
        } else {
            u(static_cast<uint64_t>(v));
        }
    }
    void hex(uint32_t v, int digits) {
        for (int k = digits - 1; k >= 0; k--) c("0123456789abcdef"[(v >> (4 * k)) & 15]);
    }
};

// Python repr() of a str given as (generalized) UTF-8.
void repr_str(Out& o, const char* s, uint32_t n) {
    bool sq = false, dq = false;
    for (uint32_t i = 0; i < n; i++) {
        sq = sq || s[i] == '\'';
        dq = dq || s[i] == '"';
    }
    char q = (sq && !dq) ? '"' : '\'';
    o.c(q);
    for (uint32_t i = 0; i < n;) {
        uint32_t len;
        uint32_t cp = utf8_decode(s + i, &len);
        if (cp == static_cast<uint32_t>(q) || cp == '\\') {
            o.c('\\');
            o.c(static_cast<char>(cp));
        } else if (cp == '\t') {
            o.s("\\t");
        } else if (cp == '\n') {
            o.s("\\n");
        } else if (cp == '\r') {
            o.s("\\r");
        } else if (printable(cp)) {
            o.s(s + i, len);
        } else if (cp < 0x100) {
            o.s("\\x");
            o.hex(cp, 2);
        } else if (cp < 0x10000) {
            o.s("\\u");
            o.hex(cp, 4);
        } else {
            o.s("\\U");
            o.hex(cp, 8);
        }
        i += len;
    }
    o.c(q);
}

void repr_bytes(Out& o, const char* s, uint32_t n) {
    bool sq = false, dq = false;
    for (uint32_t i = 0; i < n; i++) {
        sq = sq || s[i] == '\'';
        dq = dq || s[i] == '"';
    }
    char q = (sq && !dq) ? '"' : '\'';
    o.c('b');
    o.c(q);
    for (uint32_t i = 0; i < n; i++) {
        unsigned char b = static_cast<unsigned char>(s[i]);
        if (b == static_cast<unsigned char>(q) || b == '\\') {
            o.c('\\');
            o.c(static_cast<char>(b));
        } else if (b == '\t') {
            o.s("\\t");
        } else if (b == '\n') {
            o.s("\\n");
        } else if (b == '\r') {
            o.s("\\r");
        } else if (b < 0x20 || b >= 0x7F) {
            o.s("\\x");
            o.hex(b, 2);
        } else {
            o.c(static_cast<char>(b));
        }
    }
    o.c(q);
}

void default_number(Out& o, const Constant* c) {
    if (c->value_kind == ConstKind::Int) {
        if (c->base == 10) {
            uint32_t i = 0;
            while (i + 1 < c->len && c->text[i] == '0') i++;
            o.s(c->text + i, c->len - i);
            return;
        }
        uint64_t v = 0;
        uint32_t shift = c->base == 16 ? 4 : c->base == 8 ? 3 : 1;
        for (uint32_t i = 0; i < c->len; i++) {
            char ch = c->text[i];
            uint64_t d = (ch >= '0' && ch <= '9') ? static_cast<uint64_t>(ch - '0')
                                                  : static_cast<uint64_t>((ch | 0x20) - 'a' + 10);
            if (v >> (64 - shift)) {  // does not fit: print as written
                o.s(c->base == 16 ? "0x" : c->base == 8 ? "0o" : "0b");
                o.s(c->text, c->len);
                return;
            }
            v = (v << shift) | d;
        }
        o.u(v);
        return;
    }
    o.s(c->text, c->len);
    if (c->value_kind == ConstKind::Imag) o.c('j');
}

struct Dumper {
    Out o;
    const DumpWriter& w;

    // Field separator handling for one node's argument list.
    struct Fields {
        Dumper* d;
        bool first = true;
        void name(const char* n) {
            if (!first) d->o.s(", ");
            first = false;
            d->o.s(n);
            d->o.c('=');
        }
    };

    void node(const Node* n);
    template <class T>
    void list(const Seq<T>& l) {
        o.c('[');
        for (uint32_t i = 0; i < l.count; i++) {
            if (i) o.s(", ");
            if (l.items[i]) node(l.items[i]);
            else o.s("None");
        }
        o.c(']');
    }
    void ident(const Ident& id) { repr_str(o, id.s, id.len); }
    void expr_field(Fields& f, const char* name, const Node* e) {
        if (!e) return;
        f.name(name);
        node(e);
    }
    template <class T>
    void list_field(Fields& f, const char* name, const Seq<T>& l) {
        f.name(name);
        list(l);
    }
    void ctx_field(Fields& f, ExprContext c) {
        f.name("ctx");
        o.s(expr_context_name(c));
        o.s("()");
    }
    void constant(Fields& f, const Constant* c) {
        f.name("value");
        switch (c->value_kind) {
            case ConstKind::None: o.s("None"); break;
            case ConstKind::True: o.s("True"); break;
            case ConstKind::False: o.s("False"); break;
            case ConstKind::Ellipsis: o.s("Ellipsis"); break;
            case ConstKind::Int:
            case ConstKind::Float:
            case ConstKind::Imag:
                if (w.number) w.number(w.ctx, c);
                else default_number(o, c);
                break;
            case ConstKind::Str: repr_str(o, c->text, c->len); break;
            case ConstKind::Bytes: repr_bytes(o, c->text, c->len); break;
        }
        if (c->u_prefix) {
            f.name("kind");
            o.s("'u'");
        }
    }
};

bool has_position(NodeKind k) {
    return is_stmt_kind(k) || is_expr_kind(k) || k == NodeKind::ExceptHandler || k == NodeKind::arg ||
           k == NodeKind::keyword || k == NodeKind::alias;
}

void Dumper::node(const Node* n) {
    o.s(node_kind_name(n->kind));
    o.c('(');
    Fields f{this};
    switch (n->kind) {
        case NodeKind::Module:
            list_field(f, "body", n->as<Module>()->body);
            f.name("type_ignores");
            o.s("[]");
            break;
        case NodeKind::Interactive: list_field(f, "body", n->as<Interactive>()->body); break;
        case NodeKind::Expression: expr_field(f, "body", n->as<Expression>()->body); break;
        case NodeKind::FunctionDef:
        case NodeKind::AsyncFunctionDef: {
            auto* d = static_cast<const FunctionDefBase*>(n);
            f.name("name");
            ident(d->name);
            f.name("args");
            node(d->args);
            list_field(f, "body", d->body);
            list_field(f, "decorator_list", d->decorator_list);
            expr_field(f, "returns", d->returns);
            break;
        }
        case NodeKind::ClassDef: {
            auto* d = n->as<ClassDef>();
            f.name("name");
            ident(d->name);
            list_field(f, "bases", d->bases);
            list_field(f, "keywords", d->keywords);
            list_field(f, "body", d->body);
            list_field(f, "decorator_list", d->decorator_list);
            break;
        }
        case NodeKind::Return: expr_field(f, "value", n->as<Return>()->value); break;
        case NodeKind::Delete: list_field(f, "targets", n->as<Delete>()->targets); break;
        case NodeKind::Assign:
            list_field(f, "targets", n->as<Assign>()->targets);
            expr_field(f, "value", n->as<Assign>()->value);
            break;
        case NodeKind::AugAssign: {
            auto* a = n->as<AugAssign>();
            expr_field(f, "target", a->target);
            f.name("op");
            o.s(operator_name(a->op));
            o.s("()");
            expr_field(f, "value", a->value);
            break;
        }
        case NodeKind::AnnAssign: {
            auto* a = n->as<AnnAssign>();
            expr_field(f, "target", a->target);
            expr_field(f, "annotation", a->annotation);
            expr_field(f, "value", a->value);
            f.name("simple");
            o.c(a->simple ? '1' : '0');
            break;
        }
        case NodeKind::For:
        case NodeKind::AsyncFor: {
            auto* a = static_cast<const ForBase*>(n);
            expr_field(f, "target", a->target);
            expr_field(f, "iter", a->iter);
            list_field(f, "body", a->body);
            list_field(f, "orelse", a->orelse);
            break;
        }
        case NodeKind::While: {
            auto* a = n->as<While>();
            expr_field(f, "test", a->test);
            list_field(f, "body", a->body);
            list_field(f, "orelse", a->orelse);
            break;
        }
        case NodeKind::If: {
            auto* a = n->as<If>();
            expr_field(f, "test", a->test);
            list_field(f, "body", a->body);
            list_field(f, "orelse", a->orelse);
            break;
        }
        case NodeKind::With:
        case NodeKind::AsyncWith: {
            auto* a = static_cast<const WithBase*>(n);
            list_field(f, "items", a->items);
            list_field(f, "body", a->body);
            break;
        }
        case NodeKind::Raise:
            expr_field(f, "exc", n->as<Raise>()->exc);
            expr_field(f, "cause", n->as<Raise>()->cause);
            break;
        case NodeKind::Try: {
            auto* a = n->as<Try>();
            list_field(f, "body", a->body);
            list_field(f, "handlers", a->handlers);
            list_field(f, "orelse", a->orelse);
            list_field(f, "finalbody", a->finalbody);
            break;
        }
        case NodeKind::Assert:
            expr_field(f, "test", n->as<Assert>()->test);
            expr_field(f, "msg", n->as<Assert>()->msg);
            break;
        case NodeKind::Import: list_field(f, "names", n->as<Import>()->names); break;
        case NodeKind::ImportFrom: {
            auto* a = n->as<ImportFrom>();
            if (a->module.s) {
                f.name("module");
                ident(a->module);
            }
            list_field(f, "names", a->names);
            f.name("level");
            o.u(a->level);
            break;
        }
        case NodeKind::Global:
        case NodeKind::Nonlocal: {
            const IdentList& l = n->kind == NodeKind::Global ? n->as<Global>()->names : n->as<Nonlocal>()->names;
            f.name("names");
            o.c('[');
            for (uint32_t i = 0; i < l.count; i++) {
                if (i) o.s(", ");
                ident(l.items[i]);
            }
            o.c(']');
            break;
        }
        case NodeKind::Expr: expr_field(f, "value", n->as<Expr>()->value); break;
        case NodeKind::Pass:
        case NodeKind::Break:
        case NodeKind::Continue: break;
        case NodeKind::BoolOp:
            f.name("op");
            o.s(boolop_name(n->as<BoolOp>()->op));
            o.s("()");
            list_field(f, "values", n->as<BoolOp>()->values);
            break;
        case NodeKind::NamedExpr:
            expr_field(f, "target", n->as<NamedExpr>()->target);
            expr_field(f, "value", n->as<NamedExpr>()->value);
            break;
        case NodeKind::BinOp: {
            auto* a = n->as<BinOp>();
            expr_field(f, "left", a->left);
            f.name("op");
            o.s(operator_name(a->op));
            o.s("()");
            expr_field(f, "right", a->right);
            break;
        }
        case NodeKind::UnaryOp:
            f.name("op");
            o.s(unaryop_name(n->as<UnaryOp>()->op));
            o.s("()");
            expr_field(f, "operand", n->as<UnaryOp>()->operand);
            break;
        case NodeKind::Lambda:
            f.name("args");
            node(n->as<Lambda>()->args);
            expr_field(f, "body", n->as<Lambda>()->body);
            break;
        case NodeKind::IfExp: {
            auto* a = n->as<IfExp>();
            expr_field(f, "test", a->test);
            expr_field(f, "body", a->body);
            expr_field(f, "orelse", a->orelse);
            break;
        }
        case NodeKind::Dict:
            list_field(f, "keys", n->as<Dict>()->keys);
            list_field(f, "values", n->as<Dict>()->values);
            break;
        case NodeKind::Set: list_field(f, "elts", n->as<Set>()->elts); break;
        case NodeKind::ListComp:
        case NodeKind::SetComp:
        case NodeKind::GeneratorExp: {
            auto* a = static_cast<const CompBase*>(n);
            expr_field(f, "elt", a->elt);
            list_field(f, "generators", a->generators);
            break;
        }
        case NodeKind::DictComp: {
            auto* a = n->as<DictComp>();
            expr_field(f, "key", a->key);
            expr_field(f, "value", a->value);
            list_field(f, "generators", a->generators);
            break;
        }
        case NodeKind::Await: expr_field(f, "value", n->as<Await>()->value); break;
        case NodeKind::Yield: expr_field(f, "value", n->as<Yield>()->value); break;
        case NodeKind::YieldFrom: expr_field(f, "value", n->as<YieldFrom>()->value); break;
        case NodeKind::Compare: {
            auto* a = n->as<Compare>();
            expr_field(f, "left", a->left);
            f.name("ops");
            o.c('[');
            for (uint32_t i = 0; i < a->comparators.count; i++) {
                if (i) o.s(", ");
                o.s(cmpop_name(a->ops[i]));
                o.s("()");
            }
            o.c(']');
            list_field(f, "comparators", a->comparators);
            break;
        }
        case NodeKind::Call: {
            auto* a = n->as<Call>();
            expr_field(f, "func", a->func);
            list_field(f, "args", a->args);
            list_field(f, "keywords", a->keywords);
            break;
        }
        case NodeKind::FormattedValue: {
            auto* a = n->as<FormattedValue>();
            expr_field(f, "value", a->value);
            f.name("conversion");
            o.i(a->conversion);
            expr_field(f, "format_spec", a->format_spec);
            break;
        }
        case NodeKind::JoinedStr: list_field(f, "values", n->as<JoinedStr>()->values); break;
        case NodeKind::Constant: constant(f, n->as<Constant>()); break;
        case NodeKind::Attribute: {
            auto* a = n->as<Attribute>();
            expr_field(f, "value", a->value);
            f.name("attr");
            ident(a->attr);
            ctx_field(f, a->ctx);
            break;
        }
        case NodeKind::Subscript: {
            auto* a = n->as<Subscript>();
            expr_field(f, "value", a->value);
            expr_field(f, "slice", a->slice);
            ctx_field(f, a->ctx);
            break;
        }
        case NodeKind::Starred:
            expr_field(f, "value", n->as<Starred>()->value);
            ctx_field(f, n->as<Starred>()->ctx);
            break;
        case NodeKind::Name:
            f.name("id");
            ident(n->as<Name>()->id);
            ctx_field(f, n->as<Name>()->ctx);
            break;
        case NodeKind::List:
            list_field(f, "elts", n->as<List>()->elts);
            ctx_field(f, n->as<List>()->ctx);
            break;
        case NodeKind::Tuple:
            list_field(f, "elts", n->as<Tuple>()->elts);
            ctx_field(f, n->as<Tuple>()->ctx);
            break;
        case NodeKind::Slice: {
            auto* a = n->as<Slice>();
            expr_field(f, "lower", a->lower);
            expr_field(f, "upper", a->upper);
            expr_field(f, "step", a->step);
            break;
        }
        case NodeKind::comprehension: {
            auto* a = n->as<comprehension>();
            expr_field(f, "target", a->target);
            expr_field(f, "iter", a->iter);
            list_field(f, "ifs", a->ifs);
            f.name("is_async");
            o.c(a->is_async ? '1' : '0');
            break;
        }
        case NodeKind::ExceptHandler: {
            auto* a = n->as<ExceptHandler>();
            expr_field(f, "type", a->type);
            if (a->name.s) {
                f.name("name");
                ident(a->name);
            }
            list_field(f, "body", a->body);
            break;
        }
        case NodeKind::arguments: {
            auto* a = n->as<arguments>();
            list_field(f, "posonlyargs", a->posonlyargs);
            list_field(f, "args", a->args);
            expr_field(f, "vararg", a->vararg);
            list_field(f, "kwonlyargs", a->kwonlyargs);
            list_field(f, "kw_defaults", a->kw_defaults);
            expr_field(f, "kwarg", a->kwarg);
            list_field(f, "defaults", a->defaults);
            break;
        }
        case NodeKind::arg: {
            auto* a = n->as<arg>();
            f.name("arg");
            ident(a->name);
            expr_field(f, "annotation", a->annotation);
            break;
        }
        case NodeKind::keyword: {
            auto* a = n->as<keyword>();
            if (a->arg.s) {
                f.name("arg");
                ident(a->arg);
            }
            expr_field(f, "value", a->value);
            break;
        }
        case NodeKind::alias: {
            auto* a = n->as<alias>();
            f.name("name");
            ident(a->name);
            if (a->asname.s) {
                f.name("asname");
                ident(a->asname);
            }
            break;
        }
        case NodeKind::withitem:
            expr_field(f, "context_expr", n->as<withitem>()->context_expr);
            expr_field(f, "optional_vars", n->as<withitem>()->optional_vars);
            break;
        case NodeKind::Count_: break;
    }
    if (w.positions && has_position(n->kind)) {
        f.name("lineno");
        o.u(n->line);
        f.name("col_offset");
        o.u(n->col);
    }
    o.c(')');
}

}  // namespace

void ast_dump(const Node* n, const DumpWriter& w) {
    Dumper d{Out{w}, w};
    d.node(n);
}

}  // namespace minnow
