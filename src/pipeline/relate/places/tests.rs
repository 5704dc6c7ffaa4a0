//! Where organisations are based: invented sentences through the real pipeline.
use crate::model::RelationKind::*;
use crate::pipeline::relate::tests::check;

#[test]
fn where_organisations_are_based() {
    check(
        &[LocatedIn],
        &[
            (
                "Keltic Inc., based in Edinburgh, grew.",
                &[("Keltic Inc.", LocatedIn, "Edinburgh")],
            ),
            (
                "Keltic Inc., based in the central Moravian town of Zlinov, makes pumps.",
                &[("Keltic Inc.", LocatedIn, "Zlinov")],
            ),
            // A place naming the site of "its"; every place of a list;
            // every name a dash lists after a description.
            (
                "During an event at its Glasgow headquarters, Keltic Inc. released a kit.",
                &[("Keltic Inc.", LocatedIn, "Glasgow")],
            ),
            (
                "The filings did not cover Keltic Inc.'s businesses in Latin America, Europe and the Middle East.",
                &[
                    ("Keltic Inc.", LocatedIn, "Latin America"),
                    ("Keltic Inc.", LocatedIn, "Europe"),
                    ("Keltic Inc.", LocatedIn, "Middle East"),
                ],
            ),
            (
                "A bailout for the three Scotland distillers -- Keltic Inc., Nordvik Ltd., and Quantix Corp. -- failed.",
                &[
                    ("Keltic Inc.", LocatedIn, "Scotland"),
                    ("Nordvik Ltd.", LocatedIn, "Scotland"),
                    ("Quantix Corp.", LocatedIn, "Scotland"),
                ],
            ),
            // A description the resolver linked to its organisation, with
            // the place as its first word.
            (
                "Quantix Inc. is buying Keltic GmbH, the Leipzig parcel-locker start-up, for 60 million euros.",
                &[("Keltic GmbH", LocatedIn, "Leipzig")],
            ),
            (
                "Quantix Inc. set up Zephyr Rail in 2013 with the Leipzig investment firm Keltic Capital GmbH.",
                &[("Keltic Capital GmbH", LocatedIn, "Leipzig")],
            ),
            // An agent noun no list holds still describes the name.
            (
                "Scotland tugbuilder Keltic Tugs Ltd. delayed the launch.",
                &[("Keltic Tugs Ltd.", LocatedIn, "Scotland")],
            ),
            (
                "Scotland's largest bank, Keltic Bank, cut jobs.",
                &[("Keltic Bank", LocatedIn, "Scotland")],
            ),
            // "its" site: the subject's, not that of a name after "to".
            (
                "Keltic Inc. already supplies cells to Nordvik Ltd. from its factory in Poland.",
                &[("Keltic Inc.", LocatedIn, "Poland")],
            ),
            (
                "Nordvik Ltd. said it was good news for Keltic Inc., which has struggled at its plant in Leeds.",
                &[("Keltic Inc.", LocatedIn, "Leeds")],
            ),
            // An apposition whose description a place opens.
            (
                "The move came after Keltic Motors, another Scotland car maker, closed a plant.",
                &[("Keltic Motors", LocatedIn, "Scotland")],
            ),
            (
                "Nordvik Ltd. sold the unit to Keltic Inc., a Glasgow grocer, in May.",
                &[("Keltic Inc.", LocatedIn, "Glasgow")],
            ),
            (
                "Keltic Inc. is headquartered in Zürich.",
                &[("Keltic Inc.", LocatedIn, "Zürich")],
            ),
            (
                "Keltic Inc., a Glasgow-based grocer, grew.",
                &[("Keltic Inc.", LocatedIn, "Glasgow")],
            ),
            (
                "The Edinburgh-based company Keltic Foods grew.",
                &[("Keltic Foods", LocatedIn, "Edinburgh")],
            ),
            (
                "The regulator chose London based Keltic Inc. to build it.",
                &[("Keltic Inc.", LocatedIn, "London")],
            ),
            // A description stands for the organisation before it.
            (
                "Keltic Inc. makes phones. The Ohio-based firm hired Jon Hale last year.",
                &[("Keltic Inc.", LocatedIn, "Ohio")],
            ),
            (
                "Keltic Inc. will close its plant in Glasgow next year.",
                &[("Keltic Inc.", LocatedIn, "Glasgow")],
            ),
            // A place after the site says where it is; one before names it.
            (
                "Keltic Inc. digs at its Tarn Valley mine in Queensland.",
                &[("Keltic Inc.", LocatedIn, "Queensland")],
            ),
            // "its" site far from its owner: the clause's subject.
            (
                "Keltic Inc. will make the new chips, which help small drones fly far longer on one charge, at its plant in Leeds.",
                &[("Keltic Inc.", LocatedIn, "Leeds")],
            ),
            (
                "Keltic Inc.'s two factories in Leeds and Bristol will close.",
                &[
                    ("Keltic Inc.", LocatedIn, "Leeds"),
                    ("Keltic Inc.", LocatedIn, "Bristol"),
                ],
            ),
            (
                "The order came from Keltic Inc. of Glasgow.",
                &[("Keltic Inc.", LocatedIn, "Glasgow")],
            ),
            // Past the article; a region set off after the city; never
            // after a description ("the fund of the Region").
            (
                "Keltic Inc. of the Netherlands will build a plant.",
                &[("Keltic Inc.", LocatedIn, "Netherlands")],
            ),
            (
                "Quantix Corp. bought Keltic Inc. of Dayton, Ohio, for shares.",
                &[
                    ("Keltic Inc.", LocatedIn, "Dayton"),
                    ("Keltic Inc.", LocatedIn, "Ohio"),
                ],
            ),
            (
                "Keltic Inc. is owned by the regional fund of the Ohio Region.",
                &[],
            ),
            // The place after "of" is the nearest name's only.
            (
                "The orders came from Nordvik Corp. and Keltic Inc. of Glasgow.",
                &[("Keltic Inc.", LocatedIn, "Glasgow")],
            ),
            (
                "Keltic Inc., the second largest lender in Scotland, grew.",
                &[("Keltic Inc.", LocatedIn, "Scotland")],
            ),
            (
                "Keltic Inc., the second largest sub-prime lender in the Netherlands, grew.",
                &[("Keltic Inc.", LocatedIn, "Netherlands")],
            ),
            (
                "Scotland's Keltic Inc. reported higher sales.",
                &[("Keltic Inc.", LocatedIn, "Scotland")],
            ),
            // A market index is no company.
            ("Shares on Scotland's KLT 50 fell.", &[]),
            (
                "Sales at the U.S. electronics retailer Keltic Inc. rose.",
                &[("Keltic Inc.", LocatedIn, "U.S.")],
            ),
            // A place and its region.
            (
                "Keltic Inc., which is based in Leeds, England, grew.",
                &[
                    ("Keltic Inc.", LocatedIn, "Leeds"),
                    ("Keltic Inc.", LocatedIn, "England"),
                ],
            ),
            (
                "The deal values the Portland, Oregon-based company Keltic Inc. at $2 billion.",
                &[
                    ("Keltic Inc.", LocatedIn, "Oregon"),
                    ("Keltic Inc.", LocatedIn, "Portland"),
                ],
            ),
            // A description glued to its place stands for the organisation.
            (
                "Nordvik Aerospace won an order from Keltic Airways. \
                 Keltic Airways ordered 40 jets, the Oslo-based planemaker said.",
                &[("Nordvik Aerospace", LocatedIn, "Oslo")],
            ),
            // An unowned site is the nearest organisation's.
            (
                "Keltic Inc. was awarded $1 billion for a plant in Ohio.",
                &[("Keltic Inc.", LocatedIn, "Ohio")],
            ),
            (
                "Keltic Inc., which employs 900 people at plants in Poland and Spain, grew.",
                &[
                    ("Keltic Inc.", LocatedIn, "Poland"),
                    ("Keltic Inc.", LocatedIn, "Spain"),
                ],
            ),
            (
                "Keltic Inc. is building a plant on the southern island of Kyushu.",
                &[("Keltic Inc.", LocatedIn, "Kyushu")],
            ),
            (
                "The tanks will be built at the main Keltic factory in Bristol.",
                &[("Keltic", LocatedIn, "Bristol")],
            ),
            (
                "The launch was held at Keltic Inc.'s Bristol headquarters.",
                &[("Keltic Inc.", LocatedIn, "Bristol")],
            ),
            // Names listed together may build a site for a venture of theirs.
            (
                "Keltic Inc. and Nordvik Corp. will build a plant in Ohio.",
                &[],
            ),
        ],
    );
}

#[test]
fn an_airport_is_in_the_city_it_serves() {
    check(
        &[LocatedIn],
        &[
            (
                "The plane landed at Halden Airport in Toronto on Monday.",
                &[("Halden Airport", LocatedIn, "Toronto")],
            ),
            (
                "The jet was damaged at Halden Airport, which serves Bangkok, Thailand.",
                &[
                    ("Halden Airport", LocatedIn, "Bangkok"),
                    ("Halden Airport", LocatedIn, "Thailand"),
                ],
            ),
            // A time after the airport is no place.
            ("The plane landed at Halden Airport in March.", &[]),
        ],
    );
}

#[test]
fn a_glued_place_after_a_clause_is_the_next_names() {
    check(
        &[LocatedIn],
        &[(
            "Brentvale Partners, the broking group backed by the fund Pemvale Equity, has swooped on Truro-based Olvessa Brokers.",
            &[("Olvessa Brokers", LocatedIn, "Truro")],
        )],
    );
}

#[test]
fn where_an_organisation_works_runs_sites_or_is_based_by_where() {
    check(
        &[LocatedIn],
        &[
            // A verb of running or making, its object and "in" a place.
            (
                "Keltic Inc., which runs 40 stores in Wales, grew.",
                &[("Keltic Inc.", LocatedIn, "Wales")],
            ),
            (
                "Keltic Inc. mines copper and zinc in Ohio.",
                &[("Keltic Inc.", LocatedIn, "Ohio")],
            ),
            // A place two prepositions on is no place of the work.
            ("Keltic Inc. owns stakes in toll roads in Chile.", &[]),
            // A site's own preposition before the place; a material.
            (
                "Keltic SIA, which grows cranberries on a former peat bog near Riga, borrowed.",
                &[("Keltic SIA", LocatedIn, "Riga")],
            ),
            (
                "Keltic SA, which ripens cheese in sandstone cellars at Bulle, grew.",
                &[("Keltic SA", LocatedIn, "Bulle")],
            ),
            (
                "Keltic GmbH, which has sewn teddy bears in Coburg since 1921, grew.",
                &[("Keltic GmbH", LocatedIn, "Coburg")],
            ),
            // A service run at a place is no seat.
            (
                "Keltic AG has run passenger screening at Geneva airport since 2021.",
                &[],
            ),
            // The clause of another organisation between is not the subject's.
            (
                "Brannish Ltd. bought Keltic Inc., which mines copper in Ohio.",
                &[("Keltic Inc.", LocatedIn, "Ohio")],
            ),
            // "where" after a place.
            (
                "The talks were held in Leeds, where Keltic Inc. has its head office.",
                &[("Keltic Inc.", LocatedIn, "Leeds")],
            ),
            // A span of time inside the object; the verb with its own object.
            (
                "Keltic GmbH, which stages eleven trade fairs a year in Dresden and Leipzig, was sold.",
                &[
                    ("Keltic GmbH", LocatedIn, "Dresden"),
                    ("Keltic GmbH", LocatedIn, "Leipzig"),
                ],
            ),
            (
                "Keltic S.A., which buys honey from 2,400 beekeepers and packs it in Lárisa, grew.",
                &[("Keltic S.A.", LocatedIn, "Lárisa")],
            ),
            // Making goods somewhere, with the region after the city.
            (
                "Keltic Inc., which makes goalie pads and skates in Trois-Rivières, Quebec, will sell the sticks.",
                &[
                    ("Keltic Inc.", LocatedIn, "Trois-Rivières"),
                    ("Keltic Inc.", LocatedIn, "Quebec"),
                ],
            ),
            // A manner between the object and the place; a number rounded.
            (
                "Brenwold Tools, which has built saws by hand in Schwerin since 1921, was sold.",
                &[("Brenwold Tools", LocatedIn, "Schwerin")],
            ),
            (
                "Brenwold Tools, which sews about 900 tents a year in Pfronten, was sold.",
                &[("Brenwold Tools", LocatedIn, "Pfronten")],
            ),
            // A second place opened by its own preposition.
            (
                "Keltic Inc. owns 22 marinas on the south coast of England and in Wales.",
                &[
                    ("Keltic Inc.", LocatedIn, "England"),
                    ("Keltic Inc.", LocatedIn, "Wales"),
                ],
            ),
        ],
    );
}

#[test]
fn a_description_that_places_its_organisation() {
    check(
        &[LocatedIn],
        &[
            // "from" a place: where the described organisation comes from,
            // with the region after it.
            (
                "Keltic NV, a family company from Antwerp, will send two dredgers.",
                &[("Keltic NV", LocatedIn, "Antwerp")],
            ),
            (
                "Keltic GmbH, a cable-car builder from Sterzing in South Tyrol, won the order.",
                &[
                    ("Keltic GmbH", LocatedIn, "Sterzing"),
                    ("Keltic GmbH", LocatedIn, "South Tyrol"),
                ],
            ),
            // An agent noun or a site noun no company list holds.
            (
                "Orvo Ltd already owns Hoist Ltd, a smaller scaffolder in Sheffield.",
                &[("Hoist Ltd", LocatedIn, "Sheffield")],
            ),
            (
                "Orvo Ltd buys its coffins from Zephyr Caskets Ltd, a workshop in Wick.",
                &[("Zephyr Caskets Ltd", LocatedIn, "Wick")],
            ),
            // No apposition: the buyer's object is no description of it.
            (
                "Orvo Ltd bought a turbine maker from Norway last year.",
                &[],
            ),
            // A person described is no organisation placed.
            (
                "Orvo Ltd hired Jon Hale, a former banker from Zürich, in May.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_counted_site_of_its_is_the_owners() {
    check(
        &[LocatedIn],
        &[
            // A count between "its" and the site; shops are sites.
            (
                "Keltic Sellerie SA said the saddles would be sold through its 45 shops in France, Belgium and Switzerland.",
                &[
                    ("Keltic Sellerie SA", LocatedIn, "France"),
                    ("Keltic Sellerie SA", LocatedIn, "Belgium"),
                    ("Keltic Sellerie SA", LocatedIn, "Switzerland"),
                ],
            ),
            (
                "Keltic Parfums SAS said 40% of its sales came from its 19 boutiques in Italy.",
                &[("Keltic Parfums SAS", LocatedIn, "Italy")],
            ),
            // A count with no owner before it places nothing.
            ("Prices rose at 45 shops in Italy.", &[]),
        ],
    );
}

#[test]
fn a_place_right_after_a_name_or_its_description() {
    check(
        &[LocatedIn],
        &[
            // "in" right after a name; with a comma too.
            (
                "The venture will compete with the cold stores of Keltic Logistik in Gdańsk.",
                &[("Keltic Logistik", LocatedIn, "Gdańsk")],
            ),
            (
                "Last year the foundry cast the bells of the University of Tarvik, in Norway, which it still tunes.",
                &[("University of Tarvik", LocatedIn, "Norway")],
            ),
            // A market, not a seat: a world region, names listed, a unit.
            ("Orvo Ltd ranks behind Keltic Bank in Europe.", &[]),
            (
                "Orvo Ltd competes with Brask Energie and Keltic Energie in Belgium.",
                &[],
            ),
            (
                "Ann Vik previously led the cooling division of Keltic Energie in Norway.",
                &[],
            ),
            // A site the place names before it, its owner after "of";
            // a unit is no site.
            (
                "The steel for the wagons will come from the Tampere works of Keltic Oy.",
                &[("Keltic Oy", LocatedIn, "Tampere")],
            ),
            (
                "Ann Vik, who ran the Leeds business of Keltic Homes, spoke.",
                &[],
            ),
            // An "of" phrase between the description's noun and the place.
            (
                "Keltic Oy, a maker of wood-fired sauna stoves in Kuopio, was sold.",
                &[("Keltic Oy", LocatedIn, "Kuopio")],
            ),
            (
                "Keltic Oy, a maker of parts for farms in Kuopio, was sold.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_holding_gapped_after_a_described_name_is_no_index() {
    check(
        &[LocatedIn],
        &[(
            "Ann Vik owns 46% of Brask AB and the Uppsala investment firm Keltic Kapital 30%.",
            &[("Keltic Kapital", LocatedIn, "Uppsala")],
        )],
    );
}

#[test]
fn a_place_and_any_description_before_an_organisations_name() {
    check(
        &[LocatedIn],
        &[
            // Whatever the noun, after an article.
            (
                "The stake was sold by the Leipzig family office Brentvale Beteiligungen.",
                &[("Brentvale Beteiligungen", LocatedIn, "Leipzig")],
            ),
            (
                "Most of it goes to the Paris truffle merchant Maison Ravnmark, which has bought from it since 2010.",
                &[("Maison Ravnmark", LocatedIn, "Paris")],
            ),
            // The description ends at its last company noun.
            (
                "The stake was sold by Olvessa Capital, a Tampere venture fund backed by the city.",
                &[("Olvessa Capital", LocatedIn, "Tampere")],
            ),
            // A place after "in the" sets a scene.
            ("In the Leeds area Brentvale Foods employs 900 people.", &[]),
            // A gapped owner after a described one is no member of its list.
            (
                "Olvessa is 60% owned by Jon Hale and 40% by the Leeds private equity firm Ravnmark Capital, and Brentvale Foods 100% by Halbrook Group.",
                &[("Ravnmark Capital", LocatedIn, "Leeds")],
            ),
        ],
    );
}

#[test]
fn a_place_before_a_description_set_off_before_the_name() {
    check(
        &[LocatedIn],
        &[
            (
                "Tarvel Hoses gets its brass from a Bristol smelter, Quonset Metals, cutting its costs.",
                &[("Quonset Metals", LocatedIn, "Bristol")],
            ),
            (
                "A Bristol fund, Ketterby Partners, bought a quarter of Tarvel Hoses in 2023.",
                &[("Ketterby Partners", LocatedIn, "Bristol")],
            ),
            (
                "The Bristol contractor, Sackett Ltd, has built its engines since 2004.",
                &[("Sackett Ltd", LocatedIn, "Bristol")],
            ),
            // A clause goes on after the name: no apposition.
            ("The Bristol contractor, Sackett Ltd said, has closed.", &[]),
            // A place after "at the" sets a scene.
            (
                "At the Bristol plant, Sackett Ltd, the owner, cut jobs.",
                &[],
            ),
        ],
    );
}

#[test]
fn the_listener_of_told_owns_no_site_of_the_clause() {
    check(
        &[LocatedIn],
        &[
            // The object of "told" hears the clause; the plant is not its
            // (the "that" after it opens the clause, no relative one).
            (
                "Keltic Fasteners Co. bought a stake in Nordvik SpA. Keltic's chief executive, Anna Berg, told Tarnwick News that the two companies would share a plant in Brasov, Romania, which Nordvik is building.",
                &[],
            ),
            (
                "Keltic Inc.'s chief executive, Anna Berg, told Halvorsen Wire that the two companies would share a plant in Leeds.",
                &[],
            ),
            (
                "Anna Berg told the Tarnwick Herald that a new plant in Leeds would open in May.",
                &[],
            ),
            // Past the listener, the speaker.
            (
                "Keltic Inc. told Halvorsen Wire that it would build a plant in Leeds.",
                &[("Keltic Inc.", LocatedIn, "Leeds")],
            ),
            // A name after a plain word opens the reported clause.
            (
                "Anna Berg told analysts Nordvik Ltd. would build a plant in Leeds.",
                &[("Nordvik Ltd.", LocatedIn, "Leeds")],
            ),
        ],
    );
}

#[test]
fn a_place_set_off_after_of_and_the_region_it_stands_in() {
    check(
        &[LocatedIn],
        &[
            (
                "It competes with Keltic Ltd, of Leeds, and with Nordvik Ltd.",
                &[("Keltic Ltd", LocatedIn, "Leeds")],
            ),
            (
                "Its engines come from Keltic GmbH, of Mannheim in southern Germany.",
                &[
                    ("Keltic GmbH", LocatedIn, "Mannheim"),
                    ("Keltic GmbH", LocatedIn, "Germany"),
                ],
            ),
            (
                "Keltic Inc., of Lebanon, Kentucky, already supplies barrels to Nordvik Ltd.",
                &[
                    ("Keltic Inc.", LocatedIn, "Lebanon"),
                    ("Keltic Inc.", LocatedIn, "Kentucky"),
                ],
            ),
            (
                "Keltic Inc., based in Merano in South Tyrol, makes cable cars.",
                &[
                    ("Keltic Inc.", LocatedIn, "Merano"),
                    ("Keltic Inc.", LocatedIn, "South Tyrol"),
                ],
            ),
            (
                "Its staff are hired through Keltic Ltd, an agency in Dunedin, New Zealand.",
                &[
                    ("Keltic Ltd", LocatedIn, "Dunedin"),
                    ("Keltic Ltd", LocatedIn, "New Zealand"),
                ],
            ),
            // A possessive place, or a person set off: no seat.
            ("Keltic Inc., of Leeds's old mills, grew.", &[]),
            ("Anna Berg, of Leeds, joined Keltic Inc.", &[]),
            // A date after the place's "in" is no region.
            (
                "Keltic Inc., based in Leeds in 2019, grew.",
                &[("Keltic Inc.", LocatedIn, "Leeds")],
            ),
        ],
    );
}
